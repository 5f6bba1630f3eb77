/// Health of a registered target, as the load balancer sees it.
public enum TargetHealth: String, Sendable, Equatable, CaseIterable {
    /// Registered, initial checks not yet passed.
    case initial
    /// Passing checks.
    case healthy
    /// Failing checks.
    case unhealthy
    /// Deregistered, finishing in-flight requests.
    case draining
    /// Not registered or stopped.
    case unused
}

/// A target of a target group.
public struct TargetSnapshot: Sendable, Equatable {
    /// Instance id.
    public var instance: String
    /// Zone.
    public var zone: String
    /// Health.
    public var health: TargetHealth
    /// Share of the group's requests over the last second (0...1).
    public var share: Double
    /// Requests per second routed to it.
    public var rps: Double
    /// 5xx per second attributed to it.
    public var errorsPerSecond: Double
    /// Mean latency in milliseconds.
    public var latencyMillis: Double
}

/// A target group.
public struct TargetGroupSnapshot: Sendable, Equatable {
    /// Name.
    public var name: String
    /// Algorithm.
    public var algorithm: RoutingAlgorithm
    /// Whether every registered target is unhealthy and traffic fails open.
    public var isFailingOpen: Bool
    /// Targets.
    public var targets: [TargetSnapshot]
}

/// A load balancer.
public struct LoadBalancerSnapshot: Sendable, Equatable {
    /// Name.
    public var name: String
    /// Kind.
    public var kind: LoadBalancerKind
    /// Requests per second arriving.
    public var rps: Double
    /// 502 per second.
    public var http502: Double
    /// 503 per second.
    public var http503: Double
    /// 504 per second.
    public var http504: Double
    /// Target 5xx per second (application errors).
    public var targetErrors: Double
    /// Median latency in milliseconds.
    public var p50Millis: Double
    /// 99th percentile latency in milliseconds.
    public var p99Millis: Double
    /// Target groups.
    public var targetGroups: [TargetGroupSnapshot]
    /// Forward weights per rule, default rule last (priority 0).
    public var rules: [RuleSnapshot]
}

/// A listener rule's forward weights.
public struct RuleSnapshot: Sendable, Equatable {
    /// Priority (0 = default rule).
    public var priority: Int
    /// Conditions in words, e.g. "path /api/*".
    public var condition: String
    /// Weighted target groups.
    public var forward: [WeightedTargetGroup]
}
