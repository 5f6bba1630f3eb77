/// An ECS service (scheduler `REPLICA`, deployment controller `ECS`): the task definition it
/// runs, how many tasks, how deployments roll, and its timings.
///
/// Defaults follow `aws-behaviour.md` section 10.2: `minimumHealthyPercent` 100,
/// `maximumPercent` 200, `healthCheckGracePeriodSeconds` 0, 40 s to count as healthy without
/// any health check. The other timings are not documented; ours are in DECISIONS.md.
public struct ECSServiceConfig: Sendable, Equatable {
    /// How the service learns a task's health.
    public enum HealthCheck: String, Sendable, Equatable {
        /// No load balancer and no container health check: healthy 40 s after RUNNING.
        case none
        /// The task definition's container health check.
        case container
        /// A load balancer target group (plus the container check, if defined).
        case loadBalancer
    }

    /// Service name.
    public var name: String
    /// The task definition family (revision 1 runs at the start).
    public var taskDefinition: ECSTaskDefinition
    /// Tasks to keep running.
    public var desiredCount: Int
    /// Lower bound on RUNNING healthy tasks during a deployment, percent of desired (rounded up).
    public var minimumHealthyPercent: Int
    /// Upper bound on RUNNING + PENDING + STOPPING tasks, percent of desired (rounded down).
    public var maximumPercent: Int
    /// Where health comes from; `.container` needs a container health check in the definition.
    public var healthCheck: HealthCheck
    /// Seconds after RUNNING during which failed checks are ignored.
    public var healthCheckGracePeriodSeconds: Double
    /// Deployment circuit breaker: on, and whether it rolls back.
    public var circuitBreaker: ECSCircuitBreakerConfig
    /// Target tracking auto scaling, if any.
    public var autoScaling: ECSServiceScalingPolicy?
    /// Timings AWS does not document (configurable, see DECISIONS.md).
    public var timings: ECSTimings

    /// Creates a service.
    public init(
        name: String, taskDefinition: ECSTaskDefinition, desiredCount: Int, minimumHealthyPercent: Int = 100,
        maximumPercent: Int = 200, healthCheck: HealthCheck = .none, healthCheckGracePeriodSeconds: Double = 0,
        circuitBreaker: ECSCircuitBreakerConfig = .init(), autoScaling: ECSServiceScalingPolicy? = nil,
        timings: ECSTimings = .init()
    ) {
        self.name = name
        self.taskDefinition = taskDefinition
        self.desiredCount = max(0, desiredCount)
        self.minimumHealthyPercent = min(max(0, minimumHealthyPercent), 100)
        self.maximumPercent = max(100, maximumPercent)
        self.healthCheck = healthCheck
        self.healthCheckGracePeriodSeconds = max(0, healthCheckGracePeriodSeconds)
        self.circuitBreaker = circuitBreaker
        self.autoScaling = autoScaling
        self.timings = timings
    }

    /// RUNNING healthy tasks a deployment keeps: ceil(desired x min% / 100).
    public static func minimumHealthy(desired: Int, percent: Int) -> Int { (desired * percent + 99) / 100 }
    /// Tasks allowed at once: floor(desired x max% / 100).
    public static func maximumTasks(desired: Int, percent: Int) -> Int { desired * percent / 100 }
}

/// Task timings. Fargate start-up follows section 10.4 (30-45 s); the rest are our choices.
public struct ECSTimings: Sendable, Equatable {
    /// Fargate: placement to RUNNING, drawn uniformly in this range (section 10.4: 30-45 s).
    public var fargateStartSeconds: ClosedRange<Double>
    /// EC2: placement to RUNNING (image pull on a warm host, container start).
    public var ec2StartSeconds: Double
    /// Without health checks a task counts as healthy this long after RUNNING (section 10.2: 40 s).
    public var healthyWithoutChecksSeconds: Double
    /// With a container or load balancer check: RUNNING to healthy (first passing check).
    public var healthCheckPassSeconds: Double
    /// With a check, RUNNING to unhealthy for a build that fails its checks.
    public var healthCheckFailSeconds: Double
    /// STOPPING to STOPPED (the stop timeout a container gets after SIGTERM).
    public var stopSeconds: Double

    /// Creates timings; the defaults are documented in DECISIONS.md.
    public init(
        fargateStartSeconds: ClosedRange<Double> = 30...45, ec2StartSeconds: Double = 10,
        healthyWithoutChecksSeconds: Double = 40, healthCheckPassSeconds: Double = 30,
        healthCheckFailSeconds: Double = 90, stopSeconds: Double = 30
    ) {
        self.fargateStartSeconds = fargateStartSeconds
        self.ec2StartSeconds = max(0, ec2StartSeconds)
        self.healthyWithoutChecksSeconds = max(0, healthyWithoutChecksSeconds)
        self.healthCheckPassSeconds = max(0, healthCheckPassSeconds)
        self.healthCheckFailSeconds = max(0, healthCheckFailSeconds)
        self.stopSeconds = max(0, stopSeconds)
    }
}
