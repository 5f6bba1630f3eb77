/// The per-tick part of one instance, kept in `Simulation.hot`, an array parallel to
/// `instances` (same index).
///
/// Routing, serving, accounting and the per-tick scans over the fleet read only these
/// fields, so a large fleet's busy path streams one compact array instead of the full
/// `InstanceState` with its identifiers, type and app profile. What does not change from tick
/// to tick (service rate, capacity, latency offsets) is in `ServingConditions`, shared by runs
/// of alike instances. Fields are ordered by use: what routing and the fleet scans read
/// first, then serving, then the per-second sums.
/// Like `InstanceState`, it has no computed properties: read fields in place
/// (`hot[i].queued`), never copy an element.
struct InstanceHot: Sendable {
    // First cache line: what routing and the fleet scans read and write.
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
    /// Expected requests per second offered to it this tick: the λ of its M/M/c model.
    var offeredRate = 0.0
    /// Requests waiting from earlier ticks, oldest first.
    var queue = CohortQueue()
    // What every running instance's tick reads.
    var arrivalRate = 0.0
    var stress = 0.0
    /// The highest utilisation credits allow (1 or the baseline).
    var utilCap = 1.0
    var busySecond = 0.0
    /// Fractional service capacity carried to the next tick.
    var capacityCarry = 0.0
    // The current second's sums, rolled into `InstanceState` by `recordMetrics`.
    var servedSecond = 0
    var latencySumSecond = 0.0
    var inServiceSince: Double?
    /// The group's default instance warm-up (nil = not enabled or stand-alone).
    var warmupSeconds: Double? = nil

    init(state: LifecycleState, group: Int?) {
        self.state = state
        self.group = group
    }
}
