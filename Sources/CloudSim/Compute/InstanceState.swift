/// A batch of requests that arrived at one instance in the same tick and still wait.
struct Cohort: Sendable {
    /// Tick of arrival.
    var tick: Int
    /// Requests still waiting.
    var count: Int
}

/// One EC2 instance inside the simulation (mutable; the snapshot is `InstanceSnapshot`).
struct InstanceState: Sendable {
    var id: String
    /// Index of the owning group, nil for stand-alone instances.
    var group: Int?
    var zone: String
    var zoneIndex: Int
    var type: InstanceType
    /// Launch-template version it was launched from (outdated ones die first on scale-in).
    var templateVersion: Int
    var app: AppProfile
    var creditMode: CreditMode
    var bootSeconds: Double

    var state: LifecycleState
    /// Whether EC2 says `running` (billing runs).
    var isRunning = false
    var launchedAt: Double
    var stateSince: Double
    var inServiceSince: Double?
    /// Start of the current billing period (entered `running`).
    var runningSince: Double?
    /// Stopped because its zone is out.
    var isZoneDown = false
    /// Stopped for a type change; the new type to start with.
    var pendingType: InstanceType?
    var isMarkedUnhealthy = false
    /// Terminating because it was unhealthy (counts against the 10 % replacement budget).
    var isBeingReplaced = false
    /// Terminated by an injected fault: the group has not noticed yet.
    var isDeadUnnoticed = false

    // Burstable CPU credits.
    var credits = 0.0
    var launchCredits = 0.0

    // Fault-derived effects (recomputed when faults change).
    var stress = 0.0
    var extraLatencyMillis = 0.0
    var failsHealthChecks = false

    /// Requests waiting, oldest first.
    var queue: [Cohort] = []
    var queued = 0
    /// Fractional service capacity carried to the next tick.
    var capacityCarry = 0.0
    /// Registered target groups as (load balancer, target group) indices.
    var registrations: [TargetGroupRef] = []
    /// Load balancer whose histogram receives this instance's latencies.
    var primaryBalancer: Int?

    // Per-second accumulators and the last completed second.
    var busySecond = 0.0
    var servedSecond = 0
    var latencySumSecond = 0.0
    var cpu = 0.0
    var rps = 0.0
    var latencyMillis = 0.0
    // Per-CloudWatch-period accumulator.
    var cpuPeriodSum = 0.0
    var cpuPeriodSamples = 0

    var isAlive: Bool { state != .terminated }
    /// Pending or InService: counts toward the group's capacity.
    var countsTowardCapacity: Bool { state == .pending || state == .inService }
    var vcpus: Double { Double(type.vcpus) }
}

/// A (load balancer, target group) pair of indices.
struct TargetGroupRef: Sendable, Equatable {
    var balancer: Int
    var group: Int
}
