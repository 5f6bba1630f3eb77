@testable import CloudSim

/// Architectures with ECS, EKS and Elastic Beanstalk behind load balancers, built in code.
enum ContainerFixtures {
    static let region = RegionConfig(name: "us-east-1", availabilityZones: ["us-east-1a", "us-east-1b"])

    /// users -> ALB -> target group `api-tg` -> ECS service `api` (Fargate by default).
    static func ecsBehindALB(
        rps: Double = 300, desired: Int = 4, minimumHealthyPercent: Int = 100, maximumPercent: Int = 200,
        requestsPerTask: Double = 100, circuitBreaker: ECSCircuitBreakerConfig = .init(),
        autoScaling: ECSServiceScalingPolicy? = nil, launchType: ECSLaunchType = .fargate,
        containerInstances: ECSContainerInstancesSpec? = nil, pattern: RatePattern? = nil,
        timeline: [TimelineEntry] = []
    ) -> Architecture {
        var a = Architecture(
            name: "ecs", regions: [region],
            traffic: [
                TrafficSourceConfig(name: "users", target: "api-alb", pattern: pattern ?? .steady(rps: rps))
            ],
            loadBalancers: [
                LoadBalancerConfig(
                    name: "api-alb", availabilityZones: region.availabilityZones,
                    targetGroups: [TargetGroupConfig(name: "api-tg")],
                    defaultForward: [WeightedTargetGroup(targetGroup: "api-tg")])
            ], timeline: timeline)
        a.ecsClusters = [
            ECSClusterSpec(
                name: "shop", availabilityZones: region.availabilityZones,
                containerInstances: containerInstances)
        ]
        let definition = ECSTaskDefinition(
            family: "api", size: FargateTaskSize(cpuUnits: 512, memoryMiB: 1_024),
            requestsPerSecondPerTask: requestsPerTask)
        a.ecsServices = [
            ECSServiceSpec(
                config: ECSServiceConfig(
                    name: "api", taskDefinition: definition, desiredCount: desired,
                    minimumHealthyPercent: minimumHealthyPercent, maximumPercent: maximumPercent,
                    circuitBreaker: circuitBreaker, autoScaling: autoScaling),
                cluster: "shop", launchType: launchType, targetGroup: "api-tg")
        ]
        return a
    }

    /// users -> the environment's own ALB -> Beanstalk environment `shop` of `instances`.
    static func beanstalk(
        rps: Double = 400, instances: Int = 6, policy: BeanstalkDeploymentPolicy = .rolling,
        batchSize: BeanstalkBatchSize = .percentage(34), requestsPerInstance: Double = 100,
        versions: [BeanstalkApplicationVersion] = [], timeline: [TimelineEntry] = []
    ) -> Architecture {
        var a = Architecture(
            name: "beanstalk", regions: [region],
            traffic: [TrafficSourceConfig(name: "users", target: "shop-alb", pattern: .steady(rps: rps))],
            timeline: timeline)
        a.beanstalkEnvironments = [
            BeanstalkEnvironmentSpec(
                config: BeanstalkEnvironmentConfig(
                    name: "shop", instances: instances, deploymentPolicy: policy, batchSize: batchSize),
                requestsPerSecondPerInstance: requestsPerInstance, versions: versions)
        ]
        return a
    }

    /// users -> ALB -> EKS deployment `web` with an HPA (pods on two m5.large nodes).
    static func eksBehindALB(
        pattern: RatePattern = .steady(rps: 200), replicas: Int = 2, nodes: Int = 2,
        hpa: HPAConfig? = HPAConfig(minReplicas: 2, maxReplicas: 20, targetCPUUtilizationPercent: 50)
    ) -> Architecture {
        var a = Architecture(
            name: "eks", regions: [region],
            traffic: [TrafficSourceConfig(name: "users", target: "k8s-alb", pattern: pattern)],
            loadBalancers: [
                LoadBalancerConfig(
                    name: "k8s-alb", availabilityZones: region.availabilityZones,
                    targetGroups: [TargetGroupConfig(name: "web-tg")],
                    defaultForward: [WeightedTargetGroup(targetGroup: "web-tg")])
            ])
        let type = InstanceType.named("m5.large")!
        a.eksClusters = [
            EKSClusterSpec(
                config: EKSClusterConfig(
                    name: "k8s",
                    nodeGroups: [EKSClusterSpec.nodeGroup(name: "ng", instanceType: type, nodes: nodes)]),
                nodeInstanceTypes: ["m5.large"],
                deployments: [
                    EKSDeploymentSpec(
                        config: EKSDeploymentConfig(
                            name: "web", replicas: replicas, requestsPerSecondPerPod: 50, hpa: hpa),
                        targetGroup: "web-tg")
                ])
        ]
        return a
    }

    /// Steps `sim` to `seconds` of simulated time, checking invariants every simulated second.
    static func run(_ sim: inout Simulation, to seconds: Double, every check: (Simulation) -> Void = { _ in })
    {
        while sim.time < seconds - 1e-9 {
            sim.step()
            if sim.tick % 10 == 0 { check(sim) }
        }
    }
}
