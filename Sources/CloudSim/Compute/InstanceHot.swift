/// The per-tick part of one instance, kept in `Simulation.hot`, an array parallel to
/// `instances` (same index).
///
/// Routing, serving, accounting and the per-tick scans over the fleet read only these
/// fields, so a large fleet's busy path streams one compact array instead of the full
/// `InstanceState` with its identifiers, type and app profile. Fields are ordered by use:
/// what routing and the fleet scans read first, then serving, then the per-second sums.
/// Like `InstanceState`, it has no computed properties: read fields in place
/// (`hot[i].queued`), never copy an element.
struct InstanceHot: Sendable {
    // First cache line: what routing and the fleet scans read.
    /// Index of the owning group, nil for stand-alone instances.
    var group: Int?
    // (The flags fill the optional's padding.)
    var state: LifecycleState
    /// Whether EC2 says `running` (billing runs).
    var isRunning = false
    /// Stopped because its zone is out.
    var isZoneDown = false
    var isBurstable = false
    /// Whether the app fails a share of its requests (`errorRate > 0`).
    var hasErrorRate = false
    /// Requests waiting (fresh and queued cohorts).
    var queued = 0
    /// Requests that arrived this tick while no backlog waited (served without queueing).
    var arrivedFresh = 0
    /// Most requests the accept backlog holds.
    var backlogLimit = 1
    /// Requests waiting from earlier ticks, oldest first.
    var queue = CohortQueue()
    // What every running instance's tick reads.
    /// Expected requests per second offered to it this tick: the λ of its M/M/c model.
    var offeredRate = 0.0
    var arrivalRate = 0.0
    var stress = 0.0
    /// The highest utilisation credits allow (1 or the baseline).
    var utilCap = 1.0
    var busySecond = 0.0
    /// Fractional service capacity carried to the next tick.
    var capacityCarry = 0.0
    var inServiceSince: Double?
    /// The group's default instance warm-up (nil = not enabled or stand-alone).
    var warmupSeconds: Double? = nil
    // Serving.
    /// Requests all vCPUs complete in one tick (`vcpus * ratePerVCPU * tickSeconds`), and its
    /// whole part (-1 when it is no valid count).
    var tickCapacity = 0.0
    var tickCapacityWhole = 0
    /// Requests per second one vCPU completes now (after stress and credits); see `refreshRate`.
    var ratePerVCPU = 0.0
    /// vCPUs of the current type (M/M/c servers).
    var vcpus = 1.0
    var servers = 1
    /// Load balancer whose histogram receives this instance's latencies.
    var primaryBalancer: Int?
    /// The load step (0.5 % steps of utilisation) computed for `rhoArrivalRate` (NaN = none;
    /// `refreshRate` clears it, as the service rate may have changed).
    var rhoArrivalRate = Double.nan
    var rhoStep = 0
    /// M/M/c mean time in the station at that step (cached under keys kept in `InstanceState`).
    var sojournMillis = 0.0
    /// The app profile's fixed latency, and what a latency fault adds.
    var baseLatencyMillis = 0.0
    var extraLatencyMillis = 0.0
    /// A copy of the (never changing) app profile's CPU time per request.
    var cpuMillisPerRequest = 0.0
    // The current second's sums, rolled into `InstanceState` by `recordMetrics`.
    var servedSecond = 0
    var latencySumSecond = 0.0

    init(state: LifecycleState, group: Int?) {
        self.state = state
        self.group = group
    }
}
