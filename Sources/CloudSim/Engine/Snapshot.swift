/// An immutable picture of the whole simulation at one tick: everything the dashboard draws
/// and the headless run prints. Safe to hand to any thread.
public struct Snapshot: Sendable {
    /// Tick number (0 before the first step).
    public var tick: Int
    /// Simulated seconds since the start.
    public var time: Double
    /// Scenario name.
    public var scenario: String
    /// Scenario title.
    public var title: String
    /// Seed of the run.
    public var seed: UInt64
    /// Headline figures.
    public var overview: OverviewSnapshot
    /// Traffic sources.
    public var traffic: [TrafficSnapshot]
    /// Auto Scaling groups.
    public var groups: [GroupSnapshot]
    /// Every instance that is not terminated (and recently terminated ones), group members included.
    public var instances: [InstanceSnapshot]
    /// Load balancers.
    public var loadBalancers: [LoadBalancerSnapshot]
    /// Route 53 hosted zones.
    public var route53: [Route53Snapshot] = []
    /// CloudFront distributions.
    public var cloudFront: [CloudFrontSnapshot] = []
    /// Buckets.
    public var buckets: [BucketSnapshot] = []
    /// SQS queues.
    public var queues: [SQSQueueSnapshot] = []
    /// SNS topics.
    public var topics: [SNSTopicSnapshot] = []
    /// Lambda functions.
    public var functions: [LambdaFunctionSnapshot] = []
    /// API Gateway stages.
    public var apiStages: [ApiGatewayStageSnapshot] = []
    /// ECS services (on EC2 capacity or Fargate).
    public var ecsServices: [ECSServiceSnapshot] = []
    /// EKS clusters with their deployments.
    public var eksClusters: [EKSClusterSnapshot] = []
    /// Elastic Beanstalk environments.
    public var beanstalk: [BeanstalkEnvironmentSnapshot] = []
    /// Active faults.
    public var faults: [ActiveFaultSnapshot]
    /// The most recent events, oldest first.
    public var events: [SimEvent]
    /// The running bill.
    public var cost: CostSnapshot
    /// Recent history of the headline figures.
    public var history: HistorySnapshot
    /// The caption being shown, if any.
    public var caption: String?
    /// Timeline entries still to come, soonest first (at most a few).
    public var upcoming: [TimelineEntry]
    /// Availability zones per region, in declaration order.
    public var regions: [RegionConfig]
}

/// Headline figures, smoothed over the last second.
public struct OverviewSnapshot: Sendable, Equatable {
    /// Requests per second arriving.
    public var rps: Double
    /// Median latency in milliseconds.
    public var p50Millis: Double
    /// 90th percentile latency in milliseconds.
    public var p90Millis: Double
    /// 99th percentile latency in milliseconds.
    public var p99Millis: Double
    /// Failed / completed requests.
    public var errorRate: Double
    /// Instances InService (or running, for stand-alone ones).
    public var instancesInService: Int
    /// Instances not terminated.
    public var instancesTotal: Int
    /// Sum of group maxima plus stand-alone instances.
    public var instancesMax: Int

    /// Creates an overview.
    public init(
        rps: Double = 0, p50Millis: Double = 0, p90Millis: Double = 0, p99Millis: Double = 0,
        errorRate: Double = 0, instancesInService: Int = 0, instancesTotal: Int = 0, instancesMax: Int = 0
    ) {
        self.rps = rps
        self.p50Millis = p50Millis
        self.p90Millis = p90Millis
        self.p99Millis = p99Millis
        self.errorRate = errorRate
        self.instancesInService = instancesInService
        self.instancesTotal = instancesTotal
        self.instancesMax = instancesMax
    }
}

/// A traffic source's current rate.
public struct TrafficSnapshot: Sendable, Equatable {
    /// Source name.
    public var name: String
    /// Target load balancer.
    public var target: String
    /// Requests per second (after fault multipliers).
    public var rps: Double
    /// Current multiplier from faults and commands.
    public var multiplier: Double
    /// Requests per second by client region (empty when the source names none).
    public var byRegion: [RegionRate]
}

/// A client region's share of a traffic source.
public struct RegionRate: Sendable, Equatable {
    /// Client region.
    public var region: String
    /// Requests per second from it.
    public var rps: Double
}
