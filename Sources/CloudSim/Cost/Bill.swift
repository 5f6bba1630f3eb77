/// Price of one surplus CPU credit of an unlimited burstable instance ($0.05 per vCPU-hour).
let surplusCreditPrice = 0.05 / 60
/// Application Load Balancer: hourly charge and LCU-hour price (us-east-1, illustrative).
let albHourly = 0.0225
let albLCUHourly = 0.008
/// Network Load Balancer: hourly charge and NLCU-hour price.
let nlbHourly = 0.0225
let nlbLCUHourly = 0.006
/// Requests per second that make one LCU (ALB) and one NLCU (NLB); see DECISIONS.md.
let albRequestsPerLCU = 250.0
let nlbRequestsPerLCU = 8000.0

/// The running bill, per service.
struct Bill: Sendable {
    var ec2 = 0.0
    var credits = 0.0
    var elb = 0.0
    var ec2PerHour = 0.0
    var creditsPerHour = 0.0
    var elbPerHour = 0.0
    private var creditsAtLastSecond = 0.0

    var total: Double { ec2 + credits + elb }
    var perHour: Double { ec2PerHour + creditsPerHour + elbPerHour }

    /// Charges the rest of EC2's 60-second minimum when a billing period closes early.
    mutating func chargeMinimum(ranFor seconds: Double, pricePerHour: Double) {
        if seconds < 60 { ec2 += (60 - max(0, seconds)) * pricePerHour / 3600 }
    }

    /// Charges surplus credits of an unlimited instance.
    mutating func chargeSurplusCredits(_ credits: Double) {
        guard credits > 0 else { return }
        self.credits += credits * surplusCreditPrice
    }

    /// Accrues `seconds` at the given hourly rates and refreshes the rates shown.
    mutating func accrue(seconds: Double, ec2Rate: Double, elbRate: Double) {
        ec2PerHour = ec2Rate
        elbPerHour = elbRate
        ec2 += ec2Rate * seconds / 3600
        elb += elbRate * seconds / 3600
        let charged = credits - creditsAtLastSecond
        creditsAtLastSecond = credits
        creditsPerHour = 0.95 * creditsPerHour + 0.05 * charged * 3600 / max(seconds, 1e-9)
    }
}
