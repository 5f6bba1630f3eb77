/// An ECS cluster as a scenario declares it: a name, the zones its tasks spread over, and
/// optionally EC2 container instances (services with `launchType: EC2` run on them; Fargate
/// services need nothing).
///
/// EC2 capacity is the cluster's own fixed set of container instances (not an Auto Scaling
/// group): `count` instances of one type, spread round robin over the zones. Each registers
/// its vCPUs x 1,024 CPU units and its memory less 512 MiB for the agent and the OS.
public struct ECSClusterSpec: Sendable, Equatable {
    /// Cluster name.
    public var name: String
    /// Zones the tasks (and container instances) spread over; empty = every zone of the scenario.
    public var availabilityZones: [String]
    /// EC2 container instances, if the cluster has any.
    public var containerInstances: ECSContainerInstancesSpec?

    /// Creates a cluster.
    public init(
        name: String, availabilityZones: [String] = [], containerInstances: ECSContainerInstancesSpec? = nil
    ) {
        self.name = name
        self.availabilityZones = availabilityZones
        self.containerInstances = containerInstances
    }
}

/// Alike EC2 container instances of a cluster.
public struct ECSContainerInstancesSpec: Sendable, Equatable {
    /// Instance type (from the engine's table).
    public var instanceType: String
    /// Number of instances.
    public var count: Int

    /// Memory the ECS agent and the OS keep on every container instance, MiB (our choice).
    public static let reservedMemoryMiB = 512

    /// Creates the capacity.
    public init(instanceType: String, count: Int) {
        self.instanceType = instanceType
        self.count = max(0, count)
    }
}

/// Where a service's tasks run.
public enum ECSLaunchType: String, Sendable, Equatable, CaseIterable {
    /// Serverless capacity: valid task sizes only, 30-45 s start-up, billed per second.
    case fargate = "FARGATE"
    /// The cluster's container instances: a task that fits on none stays PENDING.
    case ec2 = "EC2"
}

/// An ECS service as a scenario declares it: the model's configuration plus where it runs and
/// which target group (if any) sends it requests.
public struct ECSServiceSpec: Sendable, Equatable {
    /// The service (name, task definition, counts, deployment settings, auto scaling).
    public var config: ECSServiceConfig
    /// Cluster name.
    public var cluster: String
    /// Fargate or the cluster's EC2 container instances.
    public var launchType: ECSLaunchType
    /// Target group whose requests the service's healthy tasks serve (nil: no load balancer).
    public var targetGroup: String?

    /// Creates a service; with a target group its health comes from the load balancer.
    public init(
        config: ECSServiceConfig, cluster: String, launchType: ECSLaunchType = .fargate,
        targetGroup: String? = nil
    ) {
        var config = config
        if targetGroup != nil { config.healthCheck = .loadBalancer }
        self.config = config
        self.cluster = cluster
        self.launchType = launchType
        self.targetGroup = targetGroup
    }
}
