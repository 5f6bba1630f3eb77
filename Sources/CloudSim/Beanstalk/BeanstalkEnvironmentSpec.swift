/// An Elastic Beanstalk environment as a scenario declares it: the model's configuration,
/// the EC2 type its instances run (for the bill and their capacity), its zones, the
/// application versions registered up front and, for a load-balanced environment, the name of
/// the Application Load Balancer it owns (traffic sources target it by that name).
public struct BeanstalkEnvironmentSpec: Sendable, Equatable {
    /// The environment (tier, instances, version, policy, batch size, timings).
    public var config: BeanstalkEnvironmentConfig
    /// EC2 instance type of its instances.
    public var instanceType: String
    /// Requests per second one instance serves at full CPU.
    public var requestsPerSecondPerInstance: Double
    /// Zones the load balancer lives in; empty = every zone of the scenario.
    public var availabilityZones: [String]
    /// The load balancer's name (load-balanced environments); nil = `<name>-alb`.
    public var loadBalancerName: String?
    /// Versions registered besides the initial one, deployable by label.
    public var versions: [BeanstalkApplicationVersion]

    /// Creates an environment.
    public init(
        config: BeanstalkEnvironmentConfig, instanceType: String = "t3.small",
        requestsPerSecondPerInstance: Double = 100,
        availabilityZones: [String] = [], loadBalancerName: String? = nil,
        versions: [BeanstalkApplicationVersion] = []
    ) {
        self.config = config
        self.instanceType = instanceType
        self.requestsPerSecondPerInstance = max(0, requestsPerSecondPerInstance)
        self.availabilityZones = availabilityZones
        self.loadBalancerName = loadBalancerName
        self.versions = versions
    }

    /// Whether the environment has a load balancer (a load-balanced web server).
    public var isLoadBalanced: Bool { config.tier == .loadBalanced }

    /// The name of its load balancer, when it has one.
    public var balancerName: String? { isLoadBalanced ? (loadBalancerName ?? "\(config.name)-alb") : nil }

    /// The name of the target group inside that load balancer.
    public var targetGroupName: String { "\(config.name)-tg" }

    /// The Application Load Balancer the environment owns, as the engine builds it.
    public func loadBalancer(defaultZones: [String]) -> LoadBalancerConfig? {
        guard let name = balancerName else { return nil }
        let group = TargetGroupConfig(name: targetGroupName, deregistrationDelay: config.timings.drainSeconds)
        return LoadBalancerConfig(
            name: name, availabilityZones: availabilityZones.isEmpty ? defaultZones : availabilityZones,
            targetGroups: [group], defaultForward: [WeightedTargetGroup(targetGroup: group.name)])
    }
}

extension Architecture {
    /// Every load balancer the engine runs: the scenario's own, then those of load-balanced
    /// Elastic Beanstalk environments.
    public var allLoadBalancers: [LoadBalancerConfig] {
        guard !beanstalkEnvironments.isEmpty else { return loadBalancers }
        return loadBalancers
            + beanstalkEnvironments.compactMap { $0.loadBalancer(defaultZones: allAvailabilityZones) }
    }
}
