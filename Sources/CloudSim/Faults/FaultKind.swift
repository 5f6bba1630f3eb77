/// The fault catalogue, named in AWS FIS style.
///
/// Every fault has a target (an instance, group, zone, load balancer, traffic source ...),
/// an optional duration and an optional magnitude whose meaning depends on the kind.
public enum FaultKind: String, Sendable, Equatable, CaseIterable {
    /// An InService instance dies; its group replaces it. Target: instance id or group name.
    case terminateInstance = "ec2:terminate-instance"
    /// An instance's CPU is eaten (magnitude: share of CPU taken, default 0.9). Target: instance id.
    case cpuStress = "ec2:cpu-stress"
    /// Every instance in a zone stops and launches there fail. Target: zone name.
    case azOutage = "az:outage"
    /// A whole region is unreachable. Target: region name.
    case regionOutage = "region:outage"
    /// A target starts failing its health checks. Target: instance id.
    case unhealthyTarget = "elb:unhealthy-target"
    /// Added latency on responses (magnitude: milliseconds, default 200). Target: LB, group or instance.
    case latency = "net:latency"
    /// The origin returns errors (magnitude: the HTTP status, default 500). Target: distribution
    /// (its primary origin), bucket or load balancer.
    case originFailure = "cloudfront:origin-failure"
    /// Edge caches emptied. Target: distribution.
    case invalidate = "cloudfront:invalidate"
    /// Consumers stop deleting messages. Target: queue.
    case consumerCrash = "sqs:consumer-crash"
    /// Function concurrency cut. Target: function.
    case lambdaThrottle = "lambda:throttle"
    /// Function error rate raised. Target: function.
    case lambdaErrors = "lambda:errors"
    /// Stage rate limit lowered. Target: stage.
    case apiThrottle = "apigw:throttle"
    /// Arrival rate multiplied (magnitude: factor, default 3). Target: traffic source or `*`.
    case trafficSpike = "traffic:spike"
    /// Arrival rate multiplied by a flood (magnitude: factor, default 10). Target: traffic source or `*`.
    case trafficDDoS = "traffic:ddos"
    /// A container task stops. Target: service.
    case stopTask = "ecs:stop-task"
    /// A new version fails health checks. Target: environment.
    case badDeploy = "beanstalk:bad-deploy"

    /// Kinds of the compute tier (instances, zones, load balancers, traffic).
    public static let computeTier: [FaultKind] = [
        .terminateInstance, .cpuStress, .azOutage, .unhealthyTarget, .latency, .trafficSpike, .trafficDDoS,
    ]
    /// Kinds of the edge: regions, CloudFront origins and caches.
    public static let edge: [FaultKind] = [.regionOutage, .originFailure, .invalidate]
    /// Kinds of the asynchronous services: queues, functions, API stages.
    public static let serverless: [FaultKind] = [.consumerCrash, .lambdaThrottle, .lambdaErrors, .apiThrottle]
    /// Kinds of containers and Elastic Beanstalk: a task stops (target: ECS service), a bad
    /// version is deployed (target: Beanstalk environment).
    public static let containers: [FaultKind] = [.stopTask, .badDeploy]
    /// Kinds the engine models today.
    public static let modeled: [FaultKind] = computeTier + edge + serverless + containers

    /// Magnitude used when none is given.
    public var defaultMagnitude: Double {
        switch self {
        case .cpuStress: 0.9
        case .latency: 200
        case .trafficSpike: 3
        case .trafficDDoS: 10
        case .originFailure: 500
        case .lambdaErrors: 0.5
        default: 0
        }
    }

    /// Whether the fault acts once (no duration): terminate and invalidate.
    public var isInstantaneous: Bool { self == .terminateInstance || self == .invalidate || self == .stopTask }

    /// A one-line plain-language effect, for menus and help.
    public var summary: String {
        switch self {
        case .terminateInstance: "an InService instance dies; the group replaces it"
        case .cpuStress: "an instance's CPU is eaten; latency rises, checks may fail"
        case .azOutage: "every instance in a zone stops; LB and ASG react"
        case .regionOutage: "a whole region is unreachable"
        case .unhealthyTarget: "a target starts failing health checks"
        case .latency: "added latency on a component's responses"
        case .originFailure: "the origin returns 5xx"
        case .invalidate: "edge caches emptied"
        case .consumerCrash: "consumers stop deleting messages"
        case .lambdaThrottle: "function concurrency cut"
        case .lambdaErrors: "function error rate raised"
        case .apiThrottle: "stage rate limit lowered; 429s"
        case .trafficSpike: "arrival rate multiplied for a while"
        case .trafficDDoS: "a flood of requests for a while"
        case .stopTask: "a task stops; the service replaces it"
        case .badDeploy: "the new version fails its health checks"
        }
    }
}

/// A fault to inject: kind, target, optional duration and magnitude.
public struct FaultSpec: Sendable, Equatable {
    /// Which fault.
    public var kind: FaultKind
    /// What it hits (instance id, group, zone, load balancer, traffic source or `*`).
    public var target: String
    /// Simulated seconds until it heals by itself; nil = until healed.
    public var durationSeconds: Double?
    /// Kind-specific strength; nil = the kind's default.
    public var magnitude: Double?

    /// Creates a fault specification.
    public init(kind: FaultKind, target: String, durationSeconds: Double? = nil, magnitude: Double? = nil) {
        self.kind = kind
        self.target = target
        self.durationSeconds = durationSeconds
        self.magnitude = magnitude
    }

    /// The magnitude in force.
    public var effectiveMagnitude: Double { magnitude ?? kind.defaultMagnitude }
}
