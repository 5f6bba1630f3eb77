/// What the application running on an instance costs per request.
///
/// A request needs `cpuMillisPerRequest` of one vCPU's time at 100 %; an instance with `v`
/// vCPUs therefore serves at most `v * 1000 / cpuMillisPerRequest` requests per second.
public struct AppProfile: Sendable, Equatable {
    /// CPU time per request on one vCPU, in milliseconds (default 20 ms).
    public var cpuMillisPerRequest: Double
    /// Fixed latency added to every response (network, database), in milliseconds (default 5 ms).
    public var baseLatencyMillis: Double
    /// Fraction of requests the application itself answers with a 5xx (default 0).
    public var errorRate: Double
    /// Longest backlog the server accepts, in seconds of its own work (default 3 s); requests
    /// beyond it are refused and the load balancer answers 502.
    public var maxQueueSeconds: Double

    /// Creates a profile with the defaults.
    public init(
        cpuMillisPerRequest: Double = 20, baseLatencyMillis: Double = 5, errorRate: Double = 0,
        maxQueueSeconds: Double = 3
    ) {
        self.cpuMillisPerRequest = cpuMillisPerRequest
        self.baseLatencyMillis = baseLatencyMillis
        self.errorRate = errorRate
        self.maxQueueSeconds = maxQueueSeconds
    }
}

/// Burstable-instance credit mode.
public enum CreditMode: String, Sendable, Equatable, CaseIterable {
    /// Burst from accrued credits, then capped at baseline (T2 default).
    case standard
    /// Burst past the balance with surplus credits, billed if the average exceeds baseline (T3 default).
    case unlimited
}

/// A stand-alone EC2 instance (not managed by a group).
public struct InstanceConfig: Sendable, Equatable {
    /// Name used as the instance identifier.
    public var name: String
    /// Instance type, e.g. `t3.large`.
    public var instanceType: String
    /// Availability zone.
    public var availabilityZone: String
    /// Target groups the instance is registered with.
    public var targetGroups: [String]
    /// What requests cost on it.
    public var app: AppProfile
    /// Credit mode for burstable types; nil = the family default.
    public var creditMode: CreditMode?
    /// Seconds from launch (or start) to serving.
    public var bootSeconds: Double

    /// Creates a stand-alone instance.
    public init(
        name: String, instanceType: String, availabilityZone: String, targetGroups: [String] = [],
        app: AppProfile = .init(), creditMode: CreditMode? = nil, bootSeconds: Double = 60
    ) {
        self.name = name
        self.instanceType = instanceType
        self.availabilityZone = availabilityZone
        self.targetGroups = targetGroups
        self.app = app
        self.creditMode = creditMode
        self.bootSeconds = bootSeconds
    }
}

/// Which checks an Auto Scaling group uses to decide an instance is unhealthy.
public enum HealthCheckType: String, Sendable, Equatable, CaseIterable {
    /// EC2 status checks only (always on).
    case ec2
    /// EC2 status checks plus the load balancer's target health.
    case elb
}

/// CloudWatch monitoring granularity of a group's EC2 metrics.
public enum Monitoring: String, Sendable, Equatable, CaseIterable {
    /// 5-minute datapoints (EC2 default).
    case basic
    /// 1-minute datapoints (recommended for scaling).
    case detailed

    /// Seconds between datapoints.
    public var periodSeconds: Double { self == .basic ? 300 : 60 }
}

/// An EC2 Auto Scaling group.
public struct AutoScalingGroupConfig: Sendable, Equatable {
    /// Group name.
    public var name: String
    /// Instance type of the launch template.
    public var instanceType: String
    /// Minimum size.
    public var minSize: Int
    /// Maximum size.
    public var maxSize: Int
    /// Desired capacity at start; nil = `minSize` (the API default).
    public var desiredCapacity: Int?
    /// Availability zones the group launches into.
    public var availabilityZones: [String]
    /// Target groups new instances register with.
    public var targetGroups: [String]
    /// EC2 only, or EC2 plus ELB health.
    public var healthCheckType: HealthCheckType
    /// Seconds a new InService instance is spared from health-check replacement (console default 300).
    public var healthCheckGracePeriod: Double
    /// Cooldown after a simple-scaling activity (default 300 s).
    public var defaultCooldown: Double
    /// Default instance warm-up in seconds; nil = not enabled (the AWS default).
    public var defaultInstanceWarmup: Double?
    /// Seconds from launch to InService (AWS documents none; default 90).
    public var bootSeconds: Double
    /// EC2 metric granularity.
    public var monitoring: Monitoring
    /// What requests cost on the group's instances.
    public var app: AppProfile
    /// Credit mode for burstable types; nil = the family default.
    public var creditMode: CreditMode?
    /// Dynamic scaling policies.
    public var policies: [ScalingPolicyConfig]
    /// Scheduled actions.
    public var scheduledActions: [ScheduledActionConfig]

    /// Creates a group with AWS's defaults where unspecified.
    public init(
        name: String, instanceType: String, minSize: Int, maxSize: Int, desiredCapacity: Int? = nil,
        availabilityZones: [String], targetGroups: [String] = [], healthCheckType: HealthCheckType = .ec2,
        healthCheckGracePeriod: Double = 300, defaultCooldown: Double = 300,
        defaultInstanceWarmup: Double? = nil, bootSeconds: Double = 90, monitoring: Monitoring = .detailed,
        app: AppProfile = .init(), creditMode: CreditMode? = nil, policies: [ScalingPolicyConfig] = [],
        scheduledActions: [ScheduledActionConfig] = []
    ) {
        self.name = name
        self.instanceType = instanceType
        self.minSize = minSize
        self.maxSize = maxSize
        self.desiredCapacity = desiredCapacity
        self.availabilityZones = availabilityZones
        self.targetGroups = targetGroups
        self.healthCheckType = healthCheckType
        self.healthCheckGracePeriod = healthCheckGracePeriod
        self.defaultCooldown = defaultCooldown
        self.defaultInstanceWarmup = defaultInstanceWarmup
        self.bootSeconds = bootSeconds
        self.monitoring = monitoring
        self.app = app
        self.creditMode = creditMode
        self.policies = policies
        self.scheduledActions = scheduledActions
    }
}

/// A scheduled action: sets min / max / desired at a simulated time, optionally repeating.
public struct ScheduledActionConfig: Sendable, Equatable {
    /// Action name.
    public var name: String
    /// Simulated seconds of the first run.
    public var at: Double
    /// Repeat interval in seconds; nil = once.
    public var every: Double?
    /// New minimum size, if given.
    public var minSize: Int?
    /// New maximum size, if given.
    public var maxSize: Int?
    /// New desired capacity, if given.
    public var desiredCapacity: Int?

    /// Creates a scheduled action.
    public init(
        name: String, at: Double, every: Double? = nil, minSize: Int? = nil, maxSize: Int? = nil,
        desiredCapacity: Int? = nil
    ) {
        self.name = name
        self.at = at
        self.every = every
        self.minSize = minSize
        self.maxSize = maxSize
        self.desiredCapacity = desiredCapacity
    }
}
