/// How often each Route 53 health checker probes the endpoint.
public enum Route53HealthCheckInterval: Int, Sendable, Equatable, Hashable, CaseIterable {
    /// Every 30 seconds (the default).
    case standard = 30
    /// Every 10 seconds ("fast", extra cost).
    case fast = 10

    /// The interval in seconds.
    public var seconds: Double { Double(rawValue) }
}

/// A Route 53 health check on an endpoint, with AWS's defaults.
///
/// Each checker region probes every `interval`; a checker flips its view after
/// `failureThreshold` consecutive opposite results, and the check is healthy while more
/// than 18 % of checkers see the endpoint healthy.
public struct Route53HealthCheckConfig: Sendable, Equatable, Hashable {
    /// The eight default checker regions.
    public static let defaultRegions = [
        "us-east-1", "us-west-1", "us-west-2", "eu-west-1",
        "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1",
    ]
    /// Healthy when the share of checkers reporting healthy is strictly above this.
    public static let healthyCheckerShare = 0.18
    /// Allowed range of `failureThreshold`.
    public static let failureThresholdRange = 1...10

    /// Identifier records use to refer to the check.
    public var id: String
    /// Opaque name of the endpoint probed (the caller says whether it is reachable).
    public var endpoint: String
    /// Request interval; cannot change after creation in AWS.
    public var interval: Route53HealthCheckInterval
    /// Consecutive results needed to flip status (default 3, range 1-10).
    public var failureThreshold: Int
    /// Checker regions (a custom list needs at least 3).
    public var regions: [String]
    /// Report the opposite of what the checkers see.
    public var isInverted: Bool
    /// A disabled check is always healthy.
    public var isDisabled: Bool

    /// Creates a health check with AWS's defaults.
    public init(
        id: String, endpoint: String, interval: Route53HealthCheckInterval = .standard,
        failureThreshold: Int = 3,
        regions: [String] = defaultRegions, isInverted: Bool = false, isDisabled: Bool = false
    ) {
        self.id = id
        self.endpoint = endpoint
        self.interval = interval
        self.failureThreshold = failureThreshold
        self.regions = regions
        self.isInverted = isInverted
        self.isDisabled = isDisabled
    }
}
