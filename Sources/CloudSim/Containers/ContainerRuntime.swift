/// What serves a target group that is not a set of registered instances.
enum ContainerBackend: Sendable, Equatable {
    /// The healthy RUNNING tasks of an ECS service (cluster and service index in `containers.ecs`).
    case ecs(cluster: Int, service: Int)
    /// The Ready pods of an EKS deployment.
    case eks(cluster: Int, deployment: Int)
    /// The instances in service of an Elastic Beanstalk environment.
    case beanstalk(Int)
}

/// A target group served by containers or a Beanstalk fleet, as one aggregate: requests wait
/// in one FIFO of cohorts and are served by `servers` alike servers (tasks, pods, instances).
struct ContainerRoute: Sendable {
    var balancer: Int
    var group: Int
    var backend: ContainerBackend
    var queue = CohortQueue()
    /// Requests waiting (the cohorts' total).
    var queued = 0
    /// Fraction of a request's work carried to the next tick.
    var carry = 0.0
    /// Expected requests per second offered this tick (reset after the models step).
    var offeredRate = 0.0
    /// Requests served in the current second, and the last second's rate.
    var servedSecond = 0
    var servedPerSecond = 0.0
}

/// ECS, EKS and Elastic Beanstalk inside the simulation, with the target groups they serve.
/// Empty (and never looked at past one check) when the scenario has none of them.
struct ContainerRuntime: Sendable {
    /// ECS clusters, one state per (scenario cluster, launch type) in use.
    var ecs: [ECSClusterState] = []
    /// Zone indices each ECS cluster state spreads over.
    var ecsZones: [[Int]] = []
    /// Zone of each EC2 container instance, per ECS cluster state.
    var instanceZones: [[Int]] = []
    /// Registered CPU and memory of container instances taken out by a zone outage.
    var instancesOut: [[ECSContainerInstance?]] = []
    /// EC2 price per hour of one container instance, per ECS cluster state (0 on Fargate).
    var instancePricePerHour: [Double] = []
    /// Where each scenario service lives: (cluster state, service index).
    var ecsServiceRefs: [(cluster: Int, service: Int)] = []
    /// EKS clusters, in scenario order, and the EC2 price per hour of all their nodes.
    var eks: [EKSClusterState] = []
    var eksNodePricePerHour: [Double] = []
    /// Zone of each EKS node, per cluster, and the nodes a zone outage took out.
    var eksNodeZones: [[Int]] = []
    var eksNodesOut: [[EKSNode?]] = []
    /// Elastic Beanstalk environments, in scenario order.
    var beanstalk: [BeanstalkEnvironmentState] = []
    /// Version labels of each environment in the order they were registered.
    var versionOrder: [[String]] = []
    /// EC2 price per hour of one instance of each environment; capacity of one instance.
    var beanstalkPricePerHour: [Double] = []
    var beanstalkRequestsPerInstance: [Double] = []
    /// `beanstalk:bad-deploy` versions made so far, for their labels.
    var badDeploys = 0
    /// Target groups served by any of the above.
    var routes: [ContainerRoute] = []
    /// Load that queue workers running as ECS tasks put on their service (requests/s
    /// equivalent, from the messaging stage's last tick).
    var queueWork: [(ref: (cluster: Int, service: Int), load: Double)] = []
    /// Bill of the three services.
    var bill = ContainerBill()

    /// Whether the scenario has no container service, cluster or environment.
    var isEmpty: Bool { ecs.isEmpty && eks.isEmpty && beanstalk.isEmpty }
    /// Requests waiting at container-backed target groups.
    var queued: Int { routes.reduce(0) { $0 + $1.queued } }
}

/// What ECS, EKS and Elastic Beanstalk cost so far, and their rates.
struct ContainerBill: Sendable {
    /// Fargate tasks (cumulative, from the services) and container instances (accrued).
    var fargate = 0.0
    var containerInstances = 0.0
    /// EKS control planes and Fargate pods (cumulative), worker nodes (accrued).
    var eksClusters = 0.0
    var eksNodes = 0.0
    /// Beanstalk environments' EC2 instances (accrued).
    var beanstalk = 0.0
    var ecsPerHour = 0.0
    var eksPerHour = 0.0
    var beanstalkPerHour = 0.0

    var ecs: Double { fargate + containerInstances }
    var eks: Double { eksClusters + eksNodes }
    var total: Double { ecs + eks + beanstalk }
    var perHour: Double { ecsPerHour + eksPerHour + beanstalkPerHour }
}
