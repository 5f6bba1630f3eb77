/// An immutable picture of the whole simulation at one tick: everything the dashboard draws
/// and the headless run prints. Safe to hand to any thread.
public struct Snapshot: Sendable {
    /// Tick number (0 before the first step).
    public var tick: Int
    /// Simulated seconds since the start.
    public var time: Double
    /// Scenario name.
    public var scenario: String
    /// Scenario title.
    public var title: String
    /// Seed of the run.
    public var seed: UInt64
    /// Headline figures.
    public var overview: OverviewSnapshot
    /// Traffic sources.
    public var traffic: [TrafficSnapshot]
    /// Auto Scaling groups.
    public var groups: [GroupSnapshot]
    /// Every instance that is not terminated (and recently terminated ones), group members included.
    public var instances: [InstanceSnapshot]
    /// Load balancers.
    public var loadBalancers: [LoadBalancerSnapshot]
    /// Active faults.
    public var faults: [ActiveFaultSnapshot]
    /// The most recent events, oldest first.
    public var events: [SimEvent]
    /// The running bill.
    public var cost: CostSnapshot
    /// Recent history of the headline figures.
    public var history: HistorySnapshot
    /// The caption being shown, if any.
    public var caption: String?
    /// Timeline entries still to come, soonest first (at most a few).
    public var upcoming: [TimelineEntry]
    /// Availability zones per region, in declaration order.
    public var regions: [RegionConfig]
}

/// Headline figures, smoothed over the last second.
public struct OverviewSnapshot: Sendable, Equatable {
    /// Requests per second arriving.
    public var rps: Double
    /// Median latency in milliseconds.
    public var p50Millis: Double
    /// 90th percentile latency in milliseconds.
    public var p90Millis: Double
    /// 99th percentile latency in milliseconds.
    public var p99Millis: Double
    /// Failed / completed requests.
    public var errorRate: Double
    /// Instances InService (or running, for stand-alone ones).
    public var instancesInService: Int
    /// Instances not terminated.
    public var instancesTotal: Int
    /// Sum of group maxima plus stand-alone instances.
    public var instancesMax: Int

    /// Creates an overview.
    public init(
        rps: Double = 0, p50Millis: Double = 0, p90Millis: Double = 0, p99Millis: Double = 0,
        errorRate: Double = 0, instancesInService: Int = 0, instancesTotal: Int = 0, instancesMax: Int = 0
    ) {
        self.rps = rps
        self.p50Millis = p50Millis
        self.p90Millis = p90Millis
        self.p99Millis = p99Millis
        self.errorRate = errorRate
        self.instancesInService = instancesInService
        self.instancesTotal = instancesTotal
        self.instancesMax = instancesMax
    }
}

/// A traffic source's current rate.
public struct TrafficSnapshot: Sendable, Equatable {
    /// Source name.
    public var name: String
    /// Target load balancer.
    public var target: String
    /// Requests per second (after fault multipliers).
    public var rps: Double
    /// Current multiplier from faults and commands.
    public var multiplier: Double
    /// Requests per second by client region (empty when the source names none).
    public var byRegion: [RegionRate]
}

/// A client region's share of a traffic source.
public struct RegionRate: Sendable, Equatable {
    /// Client region.
    public var region: String
    /// Requests per second from it.
    public var rps: Double
}

/// Auto Scaling lifecycle state (with EC2's own states for stand-alone instances).
public enum LifecycleState: String, Sendable, Equatable, CaseIterable {
    /// Launching / booting.
    case pending = "Pending"
    /// Serving.
    case inService = "InService"
    /// Being stopped (type change).
    case stopping = "Stopping"
    /// Stopped (type change in progress).
    case stopped = "Stopped"
    /// Deregistering / shutting down.
    case terminating = "Terminating"
    /// Gone.
    case terminated = "Terminated"
}

/// One instance.
public struct InstanceSnapshot: Sendable, Equatable {
    /// Instance id (`i-0a1` style) or configured name.
    public var id: String
    /// Owning group, if any.
    public var group: String?
    /// Availability zone.
    public var zone: String
    /// Instance type.
    public var instanceType: String
    /// Lifecycle state.
    public var state: LifecycleState
    /// Whether EC2 status checks pass (false in a zone outage).
    public var isReachable: Bool
    /// Whether the group has marked it unhealthy.
    public var isMarkedUnhealthy: Bool
    /// Whether it is inside its warm-up window.
    public var isWarmingUp: Bool
    /// CPU utilisation 0...1 over the last second.
    public var cpu: Double
    /// Burstable credit balance (nil for fixed-performance types).
    public var cpuCredits: Double?
    /// Requests per second served.
    public var rps: Double
    /// Requests waiting in its queue.
    public var queued: Double
    /// Mean latency of its responses in milliseconds.
    public var latencyMillis: Double
    /// Simulated second it launched.
    public var launchedAt: Double
}

/// A CloudWatch alarm state.
public enum AlarmState: String, Sendable, Equatable, CaseIterable {
    /// Within threshold.
    case ok = "OK"
    /// Breaching.
    case alarm = "ALARM"
    /// Not enough data.
    case insufficientData = "INSUFFICIENT_DATA"
}

/// An alarm and its recent datapoints.
public struct AlarmSnapshot: Sendable, Equatable {
    /// Alarm name.
    public var name: String
    /// Current state.
    public var state: AlarmState
    /// Comparison and threshold, e.g. "> 60".
    public var condition: String
    /// Breaching datapoints among the last N.
    public var breaching: Int
    /// M.
    public var datapointsToAlarm: Int
    /// N.
    public var evaluationPeriods: Int
    /// Last datapoint value, if any.
    public var lastValue: Double?
}

/// An Auto Scaling group.
public struct GroupSnapshot: Sendable, Equatable {
    /// Group name.
    public var name: String
    /// Launch template instance type.
    public var instanceType: String
    /// Minimum size.
    public var minSize: Int
    /// Maximum size.
    public var maxSize: Int
    /// Desired capacity.
    public var desired: Int
    /// InService instances.
    public var inService: Int
    /// Pending instances.
    public var pending: Int
    /// Terminating instances.
    public var terminating: Int
    /// Average CPU (0...1) of InService instances over the last second.
    public var cpu: Double
    /// The target-tracking target (0...1 for CPU), if the group has one.
    public var targetCPU: Double?
    /// Alarms of its policies.
    public var alarms: [AlarmSnapshot]
    /// Seconds of simple-scaling cooldown left.
    public var cooldownRemaining: Double
    /// Instances inside their warm-up window.
    public var warmingUp: Int
    /// Seconds until the last warming instance finishes warming.
    public var warmupRemaining: Double
    /// Whether an instance-type rolling replacement is in progress.
    public var isRefreshing: Bool
    /// CPU per minute, oldest first (last hour).
    public var cpuHistory: [Double]
    /// Desired capacity per 10 s, oldest first.
    public var desiredHistory: [Double]
    /// Availability zones.
    public var zones: [String]
}

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

/// An active fault.
public struct ActiveFaultSnapshot: Sendable, Equatable {
    /// Identifier for healing a single fault.
    public var id: Int
    /// The fault.
    public var spec: FaultSpec
    /// Simulated second it started.
    public var startedAt: Double
    /// Seconds left, nil = until healed.
    public var remaining: Double?
}

/// The running bill.
public struct CostSnapshot: Sendable, Equatable {
    /// Dollars spent so far.
    public var total: Double
    /// Current spending rate in dollars per hour.
    public var perHour: Double
    /// Dollars per hour by service (`ec2`, `elb`, ...), sorted by service.
    public var perHourByService: [ServiceCost]
}

/// Cost of one service.
public struct ServiceCost: Sendable, Equatable {
    /// Service key (`ec2`, `ec2-credits`, `elb`).
    public var service: String
    /// Dollars per hour.
    public var perHour: Double
    /// Dollars so far.
    public var total: Double
}

/// Recent history at one-second resolution (last 10 minutes), oldest first.
public struct HistorySnapshot: Sendable, Equatable {
    /// Requests per second.
    public var rps: [Double]
    /// p99 latency in milliseconds.
    public var p99Millis: [Double]
    /// Error rate.
    public var errorRate: [Double]
    /// InService instances.
    public var instances: [Double]
    /// Dollars per hour.
    public var costPerHour: [Double]
}
