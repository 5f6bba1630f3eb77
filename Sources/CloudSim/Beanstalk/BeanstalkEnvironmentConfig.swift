/// An Elastic Beanstalk environment (`aws-behaviour.md` section 11.1): a web server behind a
/// load balancer (ALB + Auto Scaling group) or on a single instance, or a worker fed by the
/// SQS daemon; the deployment policy and batch size; the timings of a deployment.
public struct BeanstalkEnvironmentConfig: Sendable, Equatable {
    /// Environment tier and configuration.
    public enum Tier: Sendable, Equatable {
        /// Web server, load balanced and scalable (ALB + Auto Scaling group).
        case loadBalanced
        /// Web server on one instance (no load balancer).
        case singleInstance
        /// Worker: the SQS daemon posts queue messages to the application.
        case worker(BeanstalkWorkerDaemon)
    }

    /// Environment name.
    public var name: String
    /// Tier.
    public var tier: Tier
    /// Instances the Auto Scaling group keeps (1 for a single instance), and its minimum.
    public var instances: Int
    public var minInstances: Int
    /// The version running at the start.
    public var initialVersion: BeanstalkApplicationVersion
    /// Deployment policy and batch size.
    public var deploymentPolicy: BeanstalkDeploymentPolicy
    public var batchSize: BeanstalkBatchSize
    /// Timings (AWS documents the timeout and health figures; the rest are ours, DECISIONS.md).
    public var timings: BeanstalkTimings

    /// Creates an environment; the defaults are AWS's (AllAtOnce, 100 %).
    public init(
        name: String, tier: Tier = .loadBalanced, instances: Int = 4, minInstances: Int? = nil,
        initialVersion: BeanstalkApplicationVersion = .init(label: "v1"),
        deploymentPolicy: BeanstalkDeploymentPolicy = .allAtOnce, batchSize: BeanstalkBatchSize = .percentage(100),
        timings: BeanstalkTimings? = nil
    ) {
        self.name = name
        self.tier = tier
        self.instances = tier == .singleInstance ? 1 : max(1, instances)
        self.minInstances = min(self.instances, max(1, minInstances ?? self.instances))
        self.initialVersion = initialVersion
        self.deploymentPolicy = deploymentPolicy
        self.batchSize = batchSize
        if case .worker = tier {
            self.timings = timings ?? BeanstalkTimings(healthPassSeconds: 180)
        } else {
            self.timings = timings ?? BeanstalkTimings()
        }
    }

    /// Why this policy cannot run here (section 11.2: single instance allows only AllAtOnce and
    /// Immutable; traffic splitting needs an ALB), or nil.
    public var policyProblem: String? {
        switch (tier, deploymentPolicy) {
        case (.singleInstance, .rolling), (.singleInstance, .rollingWithAdditionalBatch),
            (.singleInstance, .trafficSplitting):
            return "a single-instance environment supports only AllAtOnce and Immutable"
        case (.worker, .trafficSplitting):
            return "traffic splitting needs an Application Load Balancer"
        default:
            return nil
        }
    }
}

/// Deployment timings.
public struct BeanstalkTimings: Sendable, Equatable {
    /// A new instance's boot, launch to ready for the application (the engine's 90 s).
    public var launchSeconds: Double
    /// Downloading, installing and restarting the application on an instance.
    public var deploySeconds: Double
    /// Connection draining after a batch is detached from the load balancer.
    public var drainSeconds: Double
    /// Time to pass enhanced health: 12 OK checks at 10 s (web), 18 (worker) (section 11.2).
    public var healthPassSeconds: Double
    /// A batch that is not healthy within the command timeout fails (`Timeout`, 600 s).
    public var commandTimeoutSeconds: Double
    /// Health agent report interval (enhanced health, 10 s).
    public var healthCheckIntervalSeconds: Double

    /// Creates timings with the defaults in DECISIONS.md.
    public init(
        launchSeconds: Double = 90, deploySeconds: Double = 30, drainSeconds: Double = 20,
        healthPassSeconds: Double = 120, commandTimeoutSeconds: Double = 600, healthCheckIntervalSeconds: Double = 10
    ) {
        self.launchSeconds = max(0, launchSeconds)
        self.deploySeconds = max(0, deploySeconds)
        self.drainSeconds = max(0, drainSeconds)
        self.healthPassSeconds = max(0, healthPassSeconds)
        self.commandTimeoutSeconds = max(1, commandTimeoutSeconds)
        self.healthCheckIntervalSeconds = max(1, healthCheckIntervalSeconds)
    }
}
