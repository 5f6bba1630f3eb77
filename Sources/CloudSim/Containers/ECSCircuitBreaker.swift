/// The deployment circuit breaker's settings (opt-in; section 10.2).
public struct ECSCircuitBreakerConfig: Sendable, Equatable {
    /// Whether the breaker watches deployments.
    public var enable: Bool
    /// Whether a failed deployment rolls back to the last completed one.
    public var rollback: Bool

    /// Creates the settings (off by default, as in AWS).
    public init(enable: Bool = false, rollback: Bool = false) {
        self.enable = enable
        self.rollback = rollback
    }

    /// Failed tasks that mark a deployment FAILED: 0.5 x desired count (rounded up), clamped
    /// to [3, 200] (section 10.2, current API reference; older docs said a minimum of 10).
    public static func threshold(desiredCount: Int) -> Int {
        min(200, max(3, (desiredCount + 1) / 2))
    }
}

/// A deployment's rollout state, as `DescribeServices` reports it.
public enum ECSRolloutState: String, Sendable, Equatable {
    /// Tasks of this deployment are still being started or the old ones stopped.
    case inProgress = "IN_PROGRESS"
    /// The deployment reached steady state.
    case completed = "COMPLETED"
    /// The circuit breaker tripped.
    case failed = "FAILED"
}

/// One deployment of a service: the revision it rolls out and how it goes.
public struct ECSDeployment: Sendable, Equatable {
    /// Deployment id (`ecs-svc/n`).
    public var id: String
    /// Task definition revision.
    public var revision: Int
    /// Rollout state.
    public var rolloutState: ECSRolloutState
    /// Tasks of this deployment that failed (to start, or their health checks).
    public var failedTasks = 0
    /// Whether any task of this deployment has reached RUNNING (stage 1 of the breaker ends).
    public var hasRunningTask = false
    /// Tick it started, and the tick it completed or failed.
    public var startedTick: Int
    public var finishedTick: Int?
    /// Whether it is a rollback the breaker started.
    public var isRollback = false

    /// A deployment in progress.
    public init(id: String, revision: Int, startedTick: Int, isRollback: Bool = false) {
        self.id = id
        self.revision = revision
        rolloutState = .inProgress
        self.startedTick = startedTick
        self.isRollback = isRollback
    }
}
