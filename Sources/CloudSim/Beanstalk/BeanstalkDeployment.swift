/// A deployment of one application version to an environment, batch by batch.
public struct BeanstalkDeployment: Sendable, Equatable {
    /// How it ended (or that it has not).
    public enum Status: String, Sendable, Equatable {
        /// Batches still running.
        case inProgress
        /// Every instance on the new version.
        case succeeded
        /// A batch failed; later batches stay on the old version (manual redeploy).
        case failed
        /// The new fleet failed and was terminated (immutable, traffic splitting).
        case rolledBack
    }

    /// Phase of a new-fleet deployment.
    public enum Phase: String, Sendable, Equatable {
        /// Working through the batches.
        case batches
        /// Traffic splitting: the canary share goes to the new fleet.
        case evaluating
        /// The new version is in; the surplus instances drain and terminate.
        case cleaningUp
    }

    /// Version being deployed, and the one it replaces.
    public var version: String
    public var previousVersion: String
    /// Policy in use.
    public var policy: BeanstalkDeploymentPolicy
    /// Batches, in order.
    public var batches: [BeanstalkBatch]
    /// Status and phase.
    public var status: Status = .inProgress
    public var phase: Phase = .batches
    /// Tick it started and finished.
    public var startedTick: Int
    public var finishedTick: Int?
    /// Traffic splitting: end of the evaluation.
    public var evaluationUntilTick: Int?

    /// The batch being worked on, if any.
    public var currentBatch: Int? { batches.firstIndex { $0.status == .inProgress } }
}
