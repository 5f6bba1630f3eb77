/// One revision of an ECS task definition, reduced to what the simulation needs: the
/// task's size, its health check, how much work one task serves, and whether this build works.
///
/// Revisions are immutable (section 10.1: a task definition is versioned JSON); registering
/// a change makes the next revision of the family (`ECSTaskDefinitionFamily`).
public struct ECSTaskDefinition: Sendable, Equatable {
    /// How a broken build fails, for circuit-breaker lessons.
    public enum Failure: String, Sendable, Equatable {
        /// The build works.
        case none
        /// Tasks stop before reaching RUNNING (an image that cannot be pulled, an essential
        /// container that exits).
        case failsToStart
        /// Tasks reach RUNNING but fail their health checks. Without a container or load
        /// balancer health check ECS cannot tell: such tasks count as healthy after 40 s.
        case failsHealthChecks
    }

    /// Family name.
    public var family: String
    /// Revision number (1, 2, ...).
    public var revision: Int
    /// CPU units and memory of the task (on Fargate it must be a valid size).
    public var size: FargateTaskSize
    /// Whether a container health check is defined.
    public var hasContainerHealthCheck: Bool
    /// Requests per second one running task serves at 100 % CPU (what a load balancer needs).
    public var requestsPerSecondPerTask: Double
    /// Whether and how this build fails.
    public var failure: Failure

    /// Creates a revision.
    public init(
        family: String, revision: Int = 1, size: FargateTaskSize = FargateTaskSize(cpuUnits: 512, memoryMiB: 1_024),
        hasContainerHealthCheck: Bool = false, requestsPerSecondPerTask: Double = 100, failure: Failure = .none
    ) {
        self.family = family
        self.revision = max(1, revision)
        self.size = size
        self.hasContainerHealthCheck = hasContainerHealthCheck
        self.requestsPerSecondPerTask = max(0, requestsPerSecondPerTask)
        self.failure = failure
    }

    /// `family:revision`, as the console shows it.
    public var name: String { "\(family):\(revision)" }
}

/// The revisions of one task definition family.
public struct ECSTaskDefinitionFamily: Sendable, Equatable {
    /// Every registered revision, oldest first (revision n at index n - 1).
    public private(set) var revisions: [ECSTaskDefinition]

    /// A family holding its first revision.
    public init(first: ECSTaskDefinition) {
        var first = first
        first.revision = 1
        revisions = [first]
    }

    /// The newest revision.
    public var latest: ECSTaskDefinition { revisions[revisions.count - 1] }

    /// Registers a changed definition as the next revision and returns it.
    @discardableResult
    public mutating func register(_ definition: ECSTaskDefinition) -> ECSTaskDefinition {
        var next = definition
        next.family = latest.family
        next.revision = revisions.count + 1
        revisions.append(next)
        return next
    }

    /// Revision `n`, if registered.
    public func revision(_ n: Int) -> ECSTaskDefinition? { n >= 1 && n <= revisions.count ? revisions[n - 1] : nil }
}
