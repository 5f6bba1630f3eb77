import CloudSim

/// The panels of the dashboard, in focus order.
public enum PanelID: Int, Sendable, Equatable, Hashable, CaseIterable {
    /// Components as boxes joined by arrows with live rates.
    case architecture
    /// Auto Scaling: CPU against target, capacity, alarms, timers.
    case scaling
    /// Instances per zone with state and CPU.
    case fleet
    /// Per-target share bars, health, 5xx, latency.
    case loadBalancer
    /// CloudFront: hit ratio, edge locations, origin load and status, bytes saved.
    case cloudFront
    /// Route 53: answer shares per record, health checks, failover and resolver TTLs.
    case route53
    /// SQS queues: depth split visible / in flight / DLQ, oldest age, consumers, throughput.
    case queues
    /// SNS topics: fan-out counts and failed deliveries.
    case topics
    /// Lambda concurrency, cold starts, throttles, errors; API Gateway rps, 429s, 5xx, latency.
    case serverless
    /// ECS services and EKS deployments: desired / running / pending, deployments, HPA.
    case containers
    /// Elastic Beanstalk environments: health, deployment batches, instances by version.
    case beanstalk
    /// The running bill.
    case cost
    /// The event log.
    case events

    /// Title shown on the panel's border.
    public var title: String {
        switch self {
        case .architecture: "Architecture"
        case .scaling: "Scaling"
        case .fleet: "Fleet"
        case .loadBalancer: "Load balancer"
        case .cloudFront: "CloudFront"
        case .route53: "Route 53"
        case .queues: "Queues"
        case .topics: "Topics"
        case .serverless: "Serverless"
        case .containers: "Containers"
        case .beanstalk: "Beanstalk"
        case .cost: "Cost"
        case .events: "Events"
        }
    }

    /// A shorter title for the tab strip when the full titles do not fit in one row.
    public var shortTitle: String {
        switch self {
        case .architecture: "Map"
        case .loadBalancer: "LB"
        default: title
        }
    }

    /// Whether this panel shows the edge (DNS and CDN) in front of the load balancers.
    public var isEdge: Bool { self == .cloudFront || self == .route53 }

    /// Whether the scenario has something for this panel to show.
    public func isPresent(in snapshot: Snapshot) -> Bool {
        switch self {
        case .architecture, .cost, .events: true
        case .scaling: !snapshot.groups.isEmpty
        case .fleet: !snapshot.instances.isEmpty || !snapshot.groups.isEmpty
        case .loadBalancer: !snapshot.loadBalancers.isEmpty
        case .cloudFront: !snapshot.cloudFront.isEmpty
        case .route53: !snapshot.route53.isEmpty
        case .queues: !snapshot.queues.isEmpty
        case .topics: !snapshot.topics.isEmpty
        case .serverless: !snapshot.functions.isEmpty || !snapshot.apiStages.isEmpty
        case .containers: !snapshot.ecsServices.isEmpty || !snapshot.eksClusters.isEmpty
        case .beanstalk: !snapshot.beanstalk.isEmpty
        }
    }

    /// Panels present for a snapshot, in focus order.
    public static func present(in snapshot: Snapshot) -> [PanelID] { allCases.filter { $0.isPresent(in: snapshot) } }
}
