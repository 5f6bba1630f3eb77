/// A registered target inside a target group.
struct TargetEntry: Sendable {
    // What routing reads or writes every tick first, so it shares a cache line.
    var instance: Int
    var health: TargetHealth
    // Per-second routing counters.
    var routedSecond = 0
    var errorsSecond = 0
    var consecutivePasses = 0
    var consecutiveFailures = 0
    var nextCheckTick: Int
    /// When draining ends at the latest (simulated seconds).
    var drainDeadline = 0.0
    /// NLB only: share of live flows pinned to this target.
    var flowShare = 0.0
    var rps = 0.0
    var errorsPerSecond = 0.0
}

/// A target group inside the simulation.
struct TargetGroupState: Sendable {
    var config: TargetGroupConfig
    var isCrossZone: Bool
    var targets: [TargetEntry] = []
    var arrivals = 0
    /// Expected requests per second this tick (what the arrivals are a Poisson draw of).
    var offeredRate = 0.0
    var isFailingOpen = false
    var roundRobinCursor = 0
    var routedSecond = 0
    /// Index in `containers.routes` when ECS tasks, EKS pods or a Beanstalk fleet serve this
    /// group instead of registered instances.
    var containerRoute: Int?
}

/// Rule runtime: the config plus its current weights.
struct RuleState: Sendable {
    var priority: Int
    var pathPatterns: [String]
    var hostPatterns: [String]
    var forward: [WeightedTargetGroup]
    /// Indices of `forward` target groups within the balancer.
    var forwardIndices: [Int]
}

/// A load balancer inside the simulation.
struct BalancerState: Sendable {
    var config: LoadBalancerConfig
    var zoneIndices: [Int]
    /// Idle timeout in ticks: a request waiting longer gets a 504.
    var idleTicks = Int.max
    var groups: [TargetGroupState]
    /// Rules sorted by priority; the default rule last.
    var rules: [RuleState]
    var histogramSecond = LatencyHistogram()
    var arrivalsSecond = 0
    var http502Second = 0
    var http503Second = 0
    var http504Second = 0
    var targetErrorsSecond = 0
    // Last completed second.
    var rps = 0.0
    var http502 = 0.0
    var http503 = 0.0
    var http504 = 0.0
    var targetErrors = 0.0
    var p50 = 0.0
    var p99 = 0.0
    /// Milliseconds added by a `net:latency` fault on this balancer.
    var faultLatencyMillis = 0.0
}

