/// Fargate prices, us-east-1, On-Demand, Linux/x86 (`aws-behaviour.md` section 10.4 [3p]):
/// $0.04048 per vCPU-hour plus $0.004445 per GB-hour, billed per second with a one-minute
/// minimum, from the start of the image pull until the task stops.
public enum FargatePricing {
    /// Dollars per vCPU-hour.
    public static let perVCPUHour = 0.040_48
    /// Dollars per GB-hour.
    public static let perGBHour = 0.004_445
    /// The shortest billed run, in seconds.
    public static let minimumSeconds = 60.0

    /// Dollars per second of one task of this size.
    public static func perSecond(_ size: FargateTaskSize) -> Double {
        (size.vCPU * perVCPUHour + size.memoryGB * perGBHour) / 3_600
    }

    /// Seconds billed for a task that ran `seconds`: rounded up to the second, at least a minute.
    public static func billedSeconds(_ seconds: Double) -> Double {
        max(minimumSeconds, (seconds - 1e-9).rounded(.up))
    }

    /// The bill of one finished task: vCPU-seconds x price + GB-seconds x price, one-minute minimum.
    public static func cost(_ size: FargateTaskSize, seconds: Double) -> Double {
        billedSeconds(seconds) * perSecond(size)
    }
}
