/// Application or network load balancer.
public enum LoadBalancerKind: String, Sendable, Equatable, CaseIterable {
    /// Layer 7: listener rules on path and host; cross-zone always on.
    case application
    /// Layer 4: flow hash stickiness; cross-zone off by default.
    case network
}

/// How a target group spreads requests over its targets.
public enum RoutingAlgorithm: String, Sendable, Equatable, CaseIterable {
    /// Equal turns (ALB default).
    case roundRobin = "round_robin"
    /// Fewest in-flight requests first.
    case leastOutstandingRequests = "least_outstanding_requests"
    /// Random, proportional to target weight (all weights 1 here).
    case weightedRandom = "weighted_random"
}

/// A target group's health check.
public struct HealthCheckConfig: Sendable, Equatable {
    /// Seconds between checks (default 30).
    public var intervalSeconds: Double
    /// Seconds before a check counts as failed (ALB default 5).
    public var timeoutSeconds: Double
    /// Consecutive passes to become healthy (default 5).
    public var healthyThreshold: Int
    /// Consecutive failures to become unhealthy (default 2).
    public var unhealthyThreshold: Int

    /// Creates a health check with the ALB defaults.
    public init(
        intervalSeconds: Double = 30, timeoutSeconds: Double = 5, healthyThreshold: Int = 5,
        unhealthyThreshold: Int = 2
    ) {
        self.intervalSeconds = intervalSeconds
        self.timeoutSeconds = timeoutSeconds
        self.healthyThreshold = healthyThreshold
        self.unhealthyThreshold = unhealthyThreshold
    }
}

/// A target group: a set of instances, an algorithm and a health check.
public struct TargetGroupConfig: Sendable, Equatable {
    /// Target group name.
    public var name: String
    /// Routing algorithm.
    public var algorithm: RoutingAlgorithm
    /// Health check.
    public var healthCheck: HealthCheckConfig
    /// Seconds a deregistered target drains (default 300).
    public var deregistrationDelay: Double
    /// Cross-zone override; nil = the load balancer's setting.
    public var crossZone: Bool?

    /// Creates a target group with AWS's defaults.
    public init(
        name: String, algorithm: RoutingAlgorithm = .roundRobin, healthCheck: HealthCheckConfig = .init(),
        deregistrationDelay: Double = 300, crossZone: Bool? = nil
    ) {
        self.name = name
        self.algorithm = algorithm
        self.healthCheck = healthCheck
        self.deregistrationDelay = deregistrationDelay
        self.crossZone = crossZone
    }
}

/// A target group and its weight in a forward action (0-999).
public struct WeightedTargetGroup: Sendable, Equatable {
    /// Target group name.
    public var targetGroup: String
    /// Weight (0-999).
    public var weight: Int

    /// Creates a weighted forward entry.
    public init(targetGroup: String, weight: Int = 1) {
        self.targetGroup = targetGroup
        self.weight = weight
    }
}

/// A listener rule: conditions (AND across kinds, OR within a kind) and a weighted forward.
public struct ListenerRuleConfig: Sendable, Equatable {
    /// Priority, 1-50,000; lowest first.
    public var priority: Int
    /// Path patterns (`*` and `?` wildcards, case-sensitive); empty = any.
    public var pathPatterns: [String]
    /// Host patterns (case-insensitive); empty = any.
    public var hostPatterns: [String]
    /// Weighted target groups to forward to.
    public var forward: [WeightedTargetGroup]

    /// Creates a rule.
    public init(
        priority: Int, pathPatterns: [String] = [], hostPatterns: [String] = [], forward: [WeightedTargetGroup]
    ) {
        self.priority = priority
        self.pathPatterns = pathPatterns
        self.hostPatterns = hostPatterns
        self.forward = forward
    }
}

/// A load balancer with one listener.
public struct LoadBalancerConfig: Sendable, Equatable {
    /// Load balancer name.
    public var name: String
    /// Application or network.
    public var kind: LoadBalancerKind
    /// Enabled availability zones (one LB node each).
    public var availabilityZones: [String]
    /// Cross-zone load balancing; nil = ALB on, NLB off.
    public var crossZone: Bool?
    /// Idle timeout: a request waiting longer gets a 504 (default 60 s).
    public var idleTimeoutSeconds: Double
    /// NLB only: mean life of a client flow in seconds (flows stick to their target).
    public var flowLifetimeSeconds: Double
    /// Target groups owned by this load balancer.
    public var targetGroups: [TargetGroupConfig]
    /// Listener rules (besides the default rule).
    public var rules: [ListenerRuleConfig]
    /// The default rule's forward action.
    public var defaultForward: [WeightedTargetGroup]

    /// Creates a load balancer with AWS's defaults.
    public init(
        name: String, kind: LoadBalancerKind = .application, availabilityZones: [String],
        crossZone: Bool? = nil, idleTimeoutSeconds: Double = 60, flowLifetimeSeconds: Double = 30,
        targetGroups: [TargetGroupConfig], rules: [ListenerRuleConfig] = [], defaultForward: [WeightedTargetGroup]
    ) {
        self.name = name
        self.kind = kind
        self.availabilityZones = availabilityZones
        self.crossZone = crossZone
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.flowLifetimeSeconds = flowLifetimeSeconds
        self.targetGroups = targetGroups
        self.rules = rules
        self.defaultForward = defaultForward
    }

    /// Whether cross-zone balancing is on for a target group, TG setting winning.
    public func isCrossZone(_ group: TargetGroupConfig) -> Bool {
        group.crossZone ?? crossZone ?? (kind == .application)
    }
}
