/// Something the user (or a timeline, or a replay) asks the simulation to do.
///
/// Commands are values: the UI submits them, the engine applies them at the start of the
/// next tick and logs them with that tick, so a session can be retold and replayed.
public enum Command: Sendable, Equatable {
    /// Inject a fault from the catalogue.
    case injectFault(FaultSpec)
    /// Clear every active fault at once.
    case healAll
    /// Clear active faults of a kind on a target.
    case heal(kind: FaultKind, target: String)
    /// Set a group's desired capacity (clamped to min and max).
    case setDesiredCapacity(group: String, desired: Int)
    /// Raise or lower a group's desired capacity by `delta` (clamped).
    case adjustDesiredCapacity(group: String, delta: Int)
    /// Change the instance type of an instance (stop, change, start) or of a group (rolling replacement).
    case setInstanceType(target: String, instanceType: String)
    /// Replace the weighted forward of a listener rule (`rule` nil = default rule).
    case setForwardWeights(loadBalancer: String, rule: Int?, weights: [WeightedTargetGroup])
    /// Change the weight (0-255) of the weighted Route 53 record with this set identifier.
    case setRecordWeight(setIdentifier: String, weight: Int)
    /// Make a Route 53 health check's endpoint fail every probe (`failing: false` undoes it).
    case setHealthCheckFailing(id: String, failing: Bool)
    /// Multiply a traffic source's rate (`*` = every source) from now on.
    case setTrafficMultiplier(source: String, factor: Double)
    /// Show a sentence in the status bar for a few seconds (narration).
    case caption(String, seconds: Double)
    /// Deploy a new version to an ECS service (a new task definition revision, rolled out with
    /// the service's minimumHealthyPercent / maximumPercent) or an Elastic Beanstalk environment
    /// (with `policy`, or the environment's own policy when nil).
    case deploy(DeploySpec)
}

/// What a deploy command rolls out, and where.
public struct DeploySpec: Sendable, Equatable {
    /// ECS service or Beanstalk environment name.
    public var target: String
    /// The new version's label (a Beanstalk version label, or an ECS task definition revision name).
    public var version: String
    /// Beanstalk deployment policy; nil keeps the environment's configured one. ECS ignores it.
    public var policy: BeanstalkDeploymentPolicy?
    /// Beanstalk batch size; nil keeps the environment's configured one.
    public var batchSize: BeanstalkBatchSize?
    /// Whether the new version fails its health checks (a broken build).
    public var failsHealthChecks: Bool

    /// Creates a deploy request.
    public init(
        target: String, version: String, policy: BeanstalkDeploymentPolicy? = nil,
        batchSize: BeanstalkBatchSize? = nil, failsHealthChecks: Bool = false
    ) {
        self.target = target
        self.version = version
        self.policy = policy
        self.batchSize = batchSize
        self.failsHealthChecks = failsHealthChecks
    }
}

/// A command scheduled at a simulated time in a scenario's timeline.
public struct TimelineEntry: Sendable, Equatable {
    /// Simulated seconds after the start.
    public var at: Double
    /// What happens then.
    public var command: Command

    /// Creates a timeline entry.
    public init(at: Double, command: Command) {
        self.at = at
        self.command = command
    }
}

/// Where an applied command came from.
public enum CommandOrigin: Sendable, Equatable {
    /// Handed to `submit(_:)`: a person at the dashboard, or a test.
    case submitted
    /// Handed to `schedule(_:atTick:)`: a replayed recording.
    case scheduled
    /// The scenario's timeline.
    case timeline
}

/// A command together with the tick at which it was applied.
public struct LoggedCommand: Sendable, Equatable {
    /// Tick at whose start the command applied.
    public var tick: Int
    /// The command.
    public var command: Command
    /// Who asked for it; a recording keeps only `.submitted` ones (the timeline comes back with
    /// the scenario).
    public var origin: CommandOrigin

    /// Creates a log entry.
    public init(tick: Int, command: Command, origin: CommandOrigin = .submitted) {
        self.tick = tick
        self.command = command
        self.origin = origin
    }
}
