/// A batch of requests that arrived at one instance in the same tick and still wait.
struct Cohort: Sendable {
    /// Tick of arrival.
    var tick: Int
    /// Requests still waiting.
    var count: Int
}

/// One EC2 instance inside the simulation (mutable; the snapshot is `InstanceSnapshot`):
/// configuration and rarely changing state. Its per-tick fields live in `InstanceHot`, at the
/// same index of `Simulation.hot`.
///
/// There are no computed properties on purpose: reading one on an array element copies the
/// whole instance, which dominated large-fleet benchmarks.
struct InstanceState: Sendable {
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
    /// The mean time in the station (M/M/c) last computed for this instance, and its keys
    /// (load step, service rate, servers).
    var sojournMillis = 0.0
    var sojournRho = -1
    var sojournRate = 0.0
    var sojournServers = 0
    // The last completed second.
    var cpu = 0.0
    var rps = 0.0
    var latencyMillis = 0.0

    init(
        id: String, zone: String, zoneIndex: Int, type: InstanceType, templateVersion: Int,
        app: AppProfile, creditMode: CreditMode, bootSeconds: Double, launchedAt: Double, stateSince: Double
    ) {
        self.id = id
        self.zone = zone
        self.zoneIndex = zoneIndex
        self.type = type
        self.templateVersion = templateVersion
        self.app = app
        self.creditMode = creditMode
        self.bootSeconds = bootSeconds
        self.launchedAt = launchedAt
        self.stateSince = stateSince
    }
}

/// A (load balancer, target group) pair of indices.
struct TargetGroupRef: Sendable, Equatable {
    var balancer: Int
    var group: Int
}
