/// An EKS cluster as a scenario declares it: the model's configuration, the instance type of
/// each node group (for the bill and the nodes' size), the zones nodes spread over, and its
/// deployments.
public struct EKSClusterSpec: Sendable, Equatable {
    /// Cluster (name, support tier, node groups).
    public var config: EKSClusterConfig
    /// Instance type of each node group, parallel to `config.nodeGroups`.
    public var nodeInstanceTypes: [String]
    /// Zones nodes spread over (round robin); empty = every zone of the scenario.
    public var availabilityZones: [String]
    /// Deployments and the target groups that send them requests.
    public var deployments: [EKSDeploymentSpec]

    /// Creates a cluster.
    public init(
        config: EKSClusterConfig, nodeInstanceTypes: [String] = [], availabilityZones: [String] = [],
        deployments: [EKSDeploymentSpec] = []
    ) {
        self.config = config
        self.nodeInstanceTypes = nodeInstanceTypes
        self.availabilityZones = availabilityZones
        self.deployments = deployments
    }

    /// A node group of `nodes` instances of `type`: allocatable CPU and memory are the type's
    /// less what the kubelet and system daemons reserve (70 millicores per vCPU, 800 MiB; our
    /// round figures for an m5.large's 1,930 m and 7,200 MiB).
    public static func nodeGroup(name: String, instanceType type: InstanceType, nodes: Int, maxPods: Int = 29)
        -> EKSNodeGroupConfig
    {
        EKSNodeGroupConfig(
            name: name, nodes: nodes, cpuMillicores: type.vcpus * 1_000 - 70 * type.vcpus,
            memoryMiB: max(256, Int(type.memoryGiB * 1_024) - 800), maxPods: maxPods)
    }
}

/// A Kubernetes Deployment and the target group (a Service of type LoadBalancer, or an
/// ingress) whose requests its Ready pods serve.
public struct EKSDeploymentSpec: Sendable, Equatable {
    /// The deployment.
    public var config: EKSDeploymentConfig
    /// Target group, if the deployment is exposed through a load balancer.
    public var targetGroup: String?

    /// Creates a deployment.
    public init(config: EKSDeploymentConfig, targetGroup: String? = nil) {
        self.config = config
        self.targetGroup = targetGroup
    }
}
