/// Where a task stands in its lifecycle (ECS's PROVISIONING ... STOPPED folded into four).
public enum ECSTaskStatus: String, Sendable, Equatable, CaseIterable {
    /// Waiting for capacity (not placed) or starting (placed: image pull, start).
    case pending = "PENDING"
    /// Containers running.
    case running = "RUNNING"
    /// Being stopped (SIGTERM, then stop timeout); still counts toward `maximumPercent`.
    case stopping = "STOPPING"
    /// Gone.
    case stopped = "STOPPED"
}

/// A task's health as the service sees it.
public enum ECSTaskHealth: String, Sendable, Equatable {
    /// Not yet known (pending, or running within its first checks / the 40 s wait).
    case unknown = "UNKNOWN"
    /// Counts toward `minimumHealthyPercent`.
    case healthy = "HEALTHY"
    /// Failed its checks; the service stops and replaces it.
    case unhealthy = "UNHEALTHY"
}

/// Why a task stopped.
public enum ECSStopReason: String, Sendable, Equatable {
    /// The scheduler stopped it (deployment, scale-in).
    case scheduler
    /// It failed before reaching RUNNING.
    case failedToStart
    /// It failed its health checks.
    case unhealthy
    /// Stopped from outside (`ecs:stop-task`).
    case stoppedByUser
}

/// One task of a service. Services hold tens of tasks, so they are kept one by one (the
/// requests they serve are counts, elsewhere).
public struct ECSTask: Sendable, Equatable {
    /// Task id, unique within the service (`service/n`).
    public var id: String
    /// Task definition revision it runs.
    public var revision: Int
    /// Lifecycle state.
    public var status: ECSTaskStatus
    /// Health as the service sees it.
    public var health: ECSTaskHealth = .unknown
    /// Container instance index it was placed on (nil: not placed yet, or Fargate).
    public var instance: Int?
    /// Whether it has capacity (placed on an instance, or on Fargate).
    public var isPlaced = false
    /// Tick it was created (billing on Fargate starts when it is placed).
    public var createdTick: Int
    /// Tick it was placed; Fargate bills from here.
    public var placedTick: Int?
    /// Tick of the next transition: RUNNING when pending and placed, STOPPED when stopping.
    public var nextTick: Int?
    /// Tick it reached RUNNING.
    public var runningTick: Int?
    /// Tick its health settles (healthy, or unhealthy for a broken build).
    public var healthTick: Int?
    /// Why it stopped (once stopping).
    public var stopReason: ECSStopReason?
    /// Index of the availability zone it runs in, once placed (set by the engine).
    public var zone: Int?

    /// A new pending, unplaced task.
    public init(id: String, revision: Int, createdTick: Int) {
        self.id = id
        self.revision = revision
        status = .pending
        self.createdTick = createdTick
    }

    /// Running and healthy: what `minimumHealthyPercent` counts.
    public var isRunningHealthy: Bool { status == .running && health == .healthy }
    /// Counts toward `maximumPercent` (RUNNING + PENDING + STOPPING).
    public var isActive: Bool { status != .stopped }
}
