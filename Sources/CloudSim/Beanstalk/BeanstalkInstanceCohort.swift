/// Where an environment instance stands.
public enum BeanstalkInstanceState: String, Sendable, Equatable, CaseIterable {
    /// Booting (a new instance).
    case launching
    /// Out of service while the application version is installed and restarted.
    case deploying
    /// Attached and serving while its health checks accumulate.
    case checking
    /// Healthy and serving.
    case inService
    /// Failing its health checks: the load balancer has taken it out.
    case failed
    /// Detached, draining connections, then deployed again or terminated.
    case draining
}

/// Instances that share a version, state, group and timer: the environment's fleet is a
/// handful of these counts, never one object per instance.
public struct BeanstalkInstanceCohort: Sendable, Equatable {
    /// Auto Scaling group it belongs to.
    public enum Group: String, Sendable, Equatable {
        /// The environment's own group.
        case main
        /// The temporary group of an immutable or traffic-splitting deployment.
        case temporary
    }

    /// Application version label.
    public var version: String
    /// State.
    public var state: BeanstalkInstanceState
    /// Instances.
    public var count: Int
    /// Group.
    public var group: Group
    /// Whether the load balancer sends it traffic while it is checking or in service.
    public var isAttached: Bool
    /// Tick its timed state ends (launching, deploying, checking, draining).
    public var untilTick: Int?
    /// Deployment batch it belongs to (nil: untouched by the current deployment).
    public var batch: Int?
    /// After draining: the version to install next, or nil to terminate.
    public var nextVersion: String?

    /// Creates a cohort.
    public init(
        version: String, state: BeanstalkInstanceState, count: Int, group: Group = .main, isAttached: Bool = true,
        untilTick: Int? = nil, batch: Int? = nil, nextVersion: String? = nil
    ) {
        self.version = version
        self.state = state
        self.count = count
        self.group = group
        self.isAttached = isAttached
        self.untilTick = untilTick
        self.batch = batch
        self.nextVersion = nextVersion
    }

    /// Serving traffic (which fails if its version is broken and not yet detected).
    public var isServing: Bool { isAttached && (state == .checking || state == .inService) }
}

/// One batch of a deployment, as the panel lists it.
public struct BeanstalkBatch: Sendable, Equatable {
    /// Progress of a batch.
    public enum Status: String, Sendable, Equatable {
        /// Not started.
        case waiting
        /// Instances being drained, launched, deployed or checked.
        case inProgress
        /// Every instance healthy.
        case succeeded
        /// Not healthy within the command timeout, or an instance failed.
        case failed
    }

    /// What the batch works on.
    public enum Kind: String, Sendable, Equatable {
        /// Existing instances, updated in place.
        case existing
        /// The extra batch launched first (rolling with additional batch).
        case additional
        /// The new fleet (immutable, traffic splitting): one instance first, then the rest.
        case newFleet
    }

    /// Index (0 first).
    public var index: Int
    /// Kind.
    public var kind: Kind
    /// Instances in it.
    public var instances: Int
    /// Status.
    public var status: Status = .waiting
    /// Tick it started and finished.
    public var startedTick: Int?
    public var finishedTick: Int?
}
