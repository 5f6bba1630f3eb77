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
    var cloudFront = 0.0
    var route53 = 0.0
    var cloudFrontPerHour = 0.0
    var route53PerHour = 0.0
    private var creditsAtLastSecond = 0.0
    /// SQS, SNS, Lambda and API Gateway.
    var messaging = MessagingBill()
    /// ECS, EKS and Elastic Beanstalk (kept by `ContainerRuntime`, copied here each second).
    var containers = 0.0
    var containersPerHour = 0.0

    var total: Double { ec2 + credits + elb + cloudFront + route53 + messaging.total + containers }
    var perHour: Double {
        ec2PerHour + creditsPerHour + elbPerHour + cloudFrontPerHour + route53PerHour + messaging.perHour
            + containersPerHour
    }

    /// Closes an instance's billing period: charges the seconds not accrued yet (the part of
    /// the current second), topped up to EC2's 60-second minimum.
    mutating func closeRunningPeriod(ranFor seconds: Double, accrued: Double, pricePerHour: Double) {
        ec2 += max(0, max(60, seconds) - accrued) * pricePerHour / 3600
    }

    /// Charges surplus credits of an unlimited instance.
    mutating func chargeSurplusCredits(_ credits: Double) {
        guard credits > 0 else { return }
        self.credits += credits * surplusCreditPrice
    }

    /// Accrues `seconds`: `ec2Charge` dollars of instance time (each instance billed for the
    /// part of the span it was running) and the load balancers at their hourly rate; refreshes
    /// the rates shown.
    mutating func accrue(seconds: Double, ec2Rate: Double, ec2Charge: Double, elbRate: Double) {
        ec2PerHour = ec2Rate
        elbPerHour = elbRate
        ec2 += ec2Charge
        elb += elbRate * seconds / 3600
        let charged = credits - creditsAtLastSecond
        creditsAtLastSecond = credits
        creditsPerHour = 0.95 * creditsPerHour + 0.05 * charged * 3600 / max(seconds, 1e-9)
    }

    /// Charges a second of CloudFront and Route 53 usage; the hourly rates shown are
    /// smoothed over about 20 s, since request-driven charges vary second to second.
    mutating func accrueEdge(seconds: Double, cloudFront: Double, route53: Double) {
        self.cloudFront += cloudFront
        self.route53 += route53
        let perHour = 3600 / max(seconds, 1e-9)
        cloudFrontPerHour = 0.95 * cloudFrontPerHour + 0.05 * cloudFront * perHour
        route53PerHour = 0.95 * route53PerHour + 0.05 * route53 * perHour
    }
}
