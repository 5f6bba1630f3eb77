/// An EC2 instance type: size, list price and, for burstable types, the credit figures.
///
/// Figures follow the us-east-1 Linux On-Demand table in the AWS reference (illustrative prices).
public struct InstanceType: Sendable, Equatable {
    /// API name, e.g. `t3.medium`.
    public var name: String
    /// vCPUs.
    public var vcpus: Int
    /// Memory in GiB.
    public var memoryGiB: Double
    /// On-Demand dollars per hour.
    public var pricePerHour: Double
    /// Baseline utilisation per vCPU (0...1) for burstable types; nil for fixed performance.
    public var baselinePerVCPU: Double?
    /// CPU credits earned per hour (burstable only).
    public var creditsPerHour: Double
    /// Maximum accrued credits (24 h of earnings).
    public var maxCredits: Double

    /// Whether this is a T2/T3 burstable type.
    public var isBurstable: Bool { baselinePerVCPU != nil }
    /// The T family generation, `t2` or `t3`, for burstable types.
    public var family: String { String(name.prefix { $0 != "." }) }
    /// Credit mode when a scenario gives none: standard for T2, unlimited for T3.
    public var defaultCreditMode: CreditMode { family == "t2" ? .standard : .unlimited }

    /// Looks a type up in the built-in table.
    public static func named(_ name: String) -> InstanceType? { catalogue.first { $0.name == name } }

    /// Every known type, smallest first within a family.
    public static let catalogue: [InstanceType] = [
        .burst("t2.nano", 1, 0.5, 0.0058, 0.05, 3, 72),
        .burst("t2.micro", 1, 1, 0.0116, 0.10, 6, 144),
        .burst("t2.small", 1, 2, 0.023, 0.20, 12, 288),
        .burst("t2.medium", 2, 4, 0.0464, 0.20, 24, 576),
        .burst("t2.large", 2, 8, 0.0928, 0.30, 36, 864),
        .burst("t2.xlarge", 4, 16, 0.1856, 0.225, 54, 1296),
        .burst("t3.nano", 2, 0.5, 0.0052, 0.05, 6, 144),
        .burst("t3.micro", 2, 1, 0.0104, 0.10, 12, 288),
        .burst("t3.small", 2, 2, 0.0208, 0.20, 24, 576),
        .burst("t3.medium", 2, 4, 0.0416, 0.20, 24, 576),
        .burst("t3.large", 2, 8, 0.0832, 0.30, 36, 864),
        .burst("t3.xlarge", 4, 16, 0.1664, 0.40, 96, 2304),
        .burst("t3.2xlarge", 8, 32, 0.3328, 0.40, 192, 4608),
        .fixed("m5.large", 2, 8, 0.096),
        .fixed("m5.xlarge", 4, 16, 0.192),
        .fixed("m5.2xlarge", 8, 32, 0.384),
        .fixed("c5.large", 2, 4, 0.085),
        .fixed("c5.xlarge", 4, 8, 0.17),
        .fixed("c5.2xlarge", 8, 16, 0.34),
        .fixed("r5.large", 2, 16, 0.126),
    ]

    private static func burst(
        _ name: String, _ vcpus: Int, _ mem: Double, _ price: Double, _ baseline: Double, _ earned: Double,
        _ maxCredits: Double
    ) -> InstanceType {
        InstanceType(
            name: name, vcpus: vcpus, memoryGiB: mem, pricePerHour: price, baselinePerVCPU: baseline,
            creditsPerHour: earned, maxCredits: maxCredits)
    }

    private static func fixed(_ name: String, _ vcpus: Int, _ mem: Double, _ price: Double) -> InstanceType {
        InstanceType(
            name: name, vcpus: vcpus, memoryGiB: mem, pricePerHour: price, baselinePerVCPU: nil,
            creditsPerHour: 0, maxCredits: 0)
    }
}
