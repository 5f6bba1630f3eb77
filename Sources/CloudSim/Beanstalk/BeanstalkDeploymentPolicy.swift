/// How Elastic Beanstalk rolls a new application version out (`aws:elasticbeanstalk:command`
/// `DeploymentPolicy`; `aws-behaviour.md` section 11.2).
public enum BeanstalkDeploymentPolicy: Sendable, Equatable {
    /// Every instance at once (the API default): a short outage.
    case allAtOnce
    /// Batch by batch, each detached, deployed, reattached and checked: one batch less capacity.
    case rolling
    /// An extra batch is launched first, then the rolling batches; full capacity throughout.
    case rollingWithAdditionalBatch
    /// A full new fleet in a temporary Auto Scaling group (one instance first, then the rest);
    /// old instances go once it is healthy.
    case immutable
    /// Like immutable, then `newVersionPercent` of the traffic to the new fleet for
    /// `evaluationSeconds` before the full shift (defaults 10 % and 5 minutes; ALB only).
    case trafficSplitting(newVersionPercent: Int = 10, evaluationSeconds: Double = 300)

    /// The name AWS uses.
    public var name: String {
        switch self {
        case .allAtOnce: "AllAtOnce"
        case .rolling: "Rolling"
        case .rollingWithAdditionalBatch: "RollingWithAdditionalBatch"
        case .immutable: "Immutable"
        case .trafficSplitting: "TrafficSplitting"
        }
    }

    /// Whether the new version goes onto a new fleet (and a failure simply terminates it).
    public var usesNewFleet: Bool {
        switch self {
        case .immutable, .trafficSplitting: true
        default: false
        }
    }
}

/// `BatchSizeType` and `BatchSize`: a percentage of the instances (default 100 %) or a fixed count.
public enum BeanstalkBatchSize: Sendable, Equatable {
    /// Percent of the environment's instances, 1-100, rounded up (at least one instance).
    case percentage(Int)
    /// A fixed number of instances, at least one.
    case fixed(Int)

    /// Instances per batch for an environment of `instances`.
    public func instances(of instances: Int) -> Int {
        switch self {
        case .percentage(let p): max(1, min(instances, (instances * min(max(1, p), 100) + 99) / 100))
        case .fixed(let n): max(1, min(instances, n))
        }
    }
}

/// An application version: a label, and whether this build passes its health checks.
public struct BeanstalkApplicationVersion: Sendable, Equatable {
    /// Version label.
    public var label: String
    /// Whether instances running it fail their health checks (a broken build).
    public var failsHealthChecks: Bool

    /// Creates a version.
    public init(label: String, failsHealthChecks: Bool = false) {
        self.label = label
        self.failsHealthChecks = failsHealthChecks
    }
}
