/// A batch of requests that arrived at one instance in the same tick and still wait.
struct Cohort: Sendable {
    /// Tick of arrival.
    var tick: Int
    /// Requests still waiting.
    var count: Int
}

/// One EC2 instance inside the simulation (mutable; the snapshot is `InstanceSnapshot`).
///
/// Fields read every tick come first so they share cache lines; there are no computed
/// properties on purpose: reading one on an array element copies the whole instance, which
/// dominated large-fleet benchmarks. Compare `state` directly.
struct InstanceState: Sendable {
    // Hot: read or written every tick.
    var state: LifecycleState
    /// Whether EC2 says `running` (billing runs).
    var isRunning = false
    /// Stopped because its zone is out.
    var isZoneDown = false
    var queued = 0
    /// Requests that arrived this tick while no backlog waited (served without queueing).
    var arrivedFresh = 0
    /// Requests waiting from earlier ticks, oldest first.
    var queue = CohortQueue()
    /// Requests per second one vCPU completes now (after stress and credits); see `refreshRate`.
    var ratePerVCPU = 0.0
    /// Most requests the accept backlog holds.
    var backlogLimit = 1
    /// vCPUs of the current type, and the highest utilisation credits allow (1 or baseline).
    var vcpus = 1.0
    var utilCap = 1.0
    var isBurstable = false
    /// Fractional service capacity carried to the next tick.
    var capacityCarry = 0.0
    var stress = 0.0
    /// Expected requests per second offered to it this tick: the λ of its M/M/c model.
    var offeredRate = 0.0
    var arrivalRate = 0.0
    /// Cached M/M/c mean time in the station for (`sojournRho`, `sojournRate`).
    var sojournRho = -1
    var sojournRate = 0.0
    var sojournMillis = 0.0
    /// Load balancer whose histogram receives this instance's latencies.
    var primaryBalancer: Int?
    /// Index of the owning group, nil for stand-alone instances.
    var group: Int?
    var busySecond = 0.0
    var servedSecond = 0
    var latencySumSecond = 0.0
    var inServiceSince: Double?
    /// The group's default instance warm-up (nil = not enabled or stand-alone).
    var warmupSeconds: Double? = nil
    var extraLatencyMillis = 0.0

    // Cold: configuration and rarely changing state.
    var id: String
    var zone: String
    var zoneIndex: Int
    var type: InstanceType
    /// Launch-template version it was launched from (outdated ones die first on scale-in).
    var templateVersion: Int
    var app: AppProfile
    var creditMode: CreditMode
    var bootSeconds: Double
    var launchedAt: Double
    var stateSince: Double
    /// Start of the current billing period (entered `running`).
    var runningSince: Double?
    /// Stopped for a type change; the new type to start with.
    var pendingType: InstanceType?
    var isMarkedUnhealthy = false
    /// Registrations whose target health is `unhealthy` (for ELB health checks).
    var unhealthyTargets = 0
    /// Terminating because it was unhealthy (counts against the 10 % replacement budget).
    var isBeingReplaced = false
    /// Terminated by an injected fault: the group has not noticed yet.
    var isDeadUnnoticed = false
    var failsHealthChecks = false
    // Burstable CPU credits.
    var credits = 0.0
    var launchCredits = 0.0
    /// Registered target groups as (load balancer, target group) indices.
    var registrations: [TargetGroupRef] = []
    // The last completed second.
    var cpu = 0.0
    var rps = 0.0
    var latencyMillis = 0.0

    init(
        id: String, group: Int?, zone: String, zoneIndex: Int, type: InstanceType, templateVersion: Int,
        app: AppProfile, creditMode: CreditMode, bootSeconds: Double, state: LifecycleState, launchedAt: Double,
        stateSince: Double
    ) {
        self.id = id
        self.group = group
        self.zone = zone
        self.zoneIndex = zoneIndex
        self.type = type
        self.templateVersion = templateVersion
        self.app = app
        self.creditMode = creditMode
        self.bootSeconds = bootSeconds
        self.state = state
        self.launchedAt = launchedAt
        self.stateSince = stateSince
    }
}

/// A (load balancer, target group) pair of indices.
struct TargetGroupRef: Sendable, Equatable {
    var balancer: Int
    var group: Int
}
