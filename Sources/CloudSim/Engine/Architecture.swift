/// A whole simulated architecture: what a scenario file describes, as plain values.
///
/// The engine never reads files; `Scenarios` builds an `Architecture` from YAML and hands it
/// to `Simulation.init(architecture:seed:)`. Every field has the AWS default where AWS
/// documents one (see DECISIONS.md for the numbers we chose ourselves).
public struct Architecture: Sendable, Equatable {
    /// Short identifier, e.g. `web-app`.
    public var name: String
    /// One-line title shown in the title bar and `cloudtop scenarios`.
    public var title: String
    /// One paragraph: what the scenario teaches.
    public var description: String
    /// Engine settings (tick length, default seed).
    public var settings: SimulationSettings
    /// Regions and their availability zones.
    public var regions: [RegionConfig]
    /// Client populations sending requests.
    public var traffic: [TrafficSourceConfig]
    /// Stand-alone EC2 instances (not in a group), e.g. for vertical scaling.
    public var instances: [InstanceConfig]
    /// EC2 Auto Scaling groups.
    public var autoScalingGroups: [AutoScalingGroupConfig]
    /// Application and network load balancers.
    public var loadBalancers: [LoadBalancerConfig]
    /// Route 53 hosted zones; a traffic source whose target is a record name resolves it here.
    public var hostedZones: [Route53HostedZone]
    /// CloudFront distributions.
    public var distributions: [CloudFrontDistributionConfig]
    /// S3-style buckets (static website origins).
    public var buckets: [S3BucketConfig]
    /// SQS queues with their consumers.
    public var queues: [QueueSpec] = []
    /// SNS topics; subscriptions name queues, functions or HTTP endpoints.
    public var topics: [SNSTopicConfig] = []
    /// Lambda functions (an `sqsEventSource` makes a function a queue's consumer).
    public var functions: [LambdaFunctionConfig] = []
    /// API Gateway stages; a traffic source may target one by name.
    public var apiStages: [ApiGatewayStageConfig] = []
    /// API Gateway usage plans (API keys, per-key throttles and quotas), shared by the stages.
    public var apiUsagePlans: [ApiGatewayUsagePlan] = []
    /// Lambda concurrent executions of the account in the Region (default 1,000).
    public var lambdaAccountConcurrency = LambdaFunctionState.defaultAccountConcurrency
    /// ECS clusters (EC2 container instances, if any; Fargate needs nothing declared).
    public var ecsClusters: [ECSClusterSpec] = []
    /// ECS services, each in a cluster, optionally behind a target group.
    public var ecsServices: [ECSServiceSpec] = []
    /// EKS clusters with their node groups and deployments.
    public var eksClusters: [EKSClusterSpec] = []
    /// Elastic Beanstalk environments; a load-balanced one owns an ALB traffic can target.
    public var beanstalkEnvironments: [BeanstalkEnvironmentSpec] = []
    /// Commands scheduled at simulated times (faults, heals, traffic changes, captions).
    public var timeline: [TimelineEntry]

    /// Creates an architecture; every collection defaults to empty.
    public init(
        name: String, title: String = "", description: String = "",
        settings: SimulationSettings = .init(), regions: [RegionConfig] = [],
        traffic: [TrafficSourceConfig] = [], instances: [InstanceConfig] = [],
        autoScalingGroups: [AutoScalingGroupConfig] = [], loadBalancers: [LoadBalancerConfig] = [],
        hostedZones: [Route53HostedZone] = [], distributions: [CloudFrontDistributionConfig] = [],
        buckets: [S3BucketConfig] = [], timeline: [TimelineEntry] = []
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.settings = settings
        self.regions = regions
        self.traffic = traffic
        self.instances = instances
        self.autoScalingGroups = autoScalingGroups
        self.loadBalancers = loadBalancers
        self.hostedZones = hostedZones
        self.distributions = distributions
        self.buckets = buckets
        self.timeline = timeline
    }

    /// Every availability zone of every region, in declaration order.
    public var allAvailabilityZones: [String] { regions.flatMap(\.availabilityZones) }

    /// The region that holds an availability zone, if any.
    public func region(ofZone zone: String) -> String? {
        regions.first { $0.availabilityZones.contains(zone) }?.name
    }
}

/// Engine-wide settings.
public struct SimulationSettings: Sendable, Equatable {
    /// Simulated seconds per tick (default 0.1 s).
    public var tickSeconds: Double
    /// Seed used when the command line gives none.
    public var seed: UInt64

    /// Creates settings with the defaults: 100 ms ticks, seed 42.
    public init(tickSeconds: Double = 0.1, seed: UInt64 = 42) {
        self.tickSeconds = tickSeconds
        self.seed = seed
    }
}

/// An AWS region and its availability zones.
public struct RegionConfig: Sendable, Equatable {
    /// Region name, e.g. `us-east-1`.
    public var name: String
    /// Zone names, e.g. `us-east-1a`.
    public var availabilityZones: [String]

    /// Creates a region.
    public init(name: String, availabilityZones: [String]) {
        self.name = name
        self.availabilityZones = availabilityZones
    }
}
