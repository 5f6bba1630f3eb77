import CloudSim

/// `ecsServices`: services, their task definitions, deployments, load balancer and scaling.
extension ScenarioDecoder {
    static let ecsServiceKeys = [
        "name", "cluster", "launchType", "taskDefinition", "desiredCount", "deploymentConfiguration",
        "healthCheckGracePeriod", "loadBalancer", "autoScaling",
    ]
    static let taskDefinitionKeys = ["family", "cpu", "memory", "requestsPerSecond", "containerHealthCheck"]
    static let deploymentConfigurationKeys = [
        "minimumHealthyPercent", "maximumPercent", "deploymentCircuitBreaker",
    ]
    static let ecsAutoScalingKeys = [
        "min", "max", "targetCPU", "targetRequestsPerTarget", "scaleOutCooldown", "scaleInCooldown",
        "disableScaleIn",
    ]

    func decodeECSService(_ service: ObjectReader) -> ECSServiceSpec? {
        let name = service.located("name", required: true)
        if let name { ecsServices.declare(name, noun: "ECS service", log: log) }
        let cluster = service.located("cluster", required: true)
        if let cluster {
            ecsClusters.check(
                cluster, noun: "ECS cluster", plural: "ECS clusters", in: service.path, log: log)
        }
        let launchType =
            service.choice(
                "launchType", noun: "launch type", options: ECSLaunchType.allCases.map { ($0.rawValue, $0) })
            ?? .fargate
        if launchType == .ec2, let cluster, ecsClusters.contains(cluster.value),
            !ecsClustersWithInstances.contains(cluster.value)
        {
            service.report(
                "launchType EC2 needs container instances, and ECS cluster '\(cluster.value)' has none; "
                    + "give the cluster containerInstances or use launchType FARGATE", about: "launchType")
        }
        let definition = service.object("taskDefinition", required: true, keys: Self.taskDefinitionKeys)
            .flatMap {
                decodeTaskDefinition($0, family: name?.value ?? "task", fargate: launchType == .fargate)
            }
        let desired = service.whole("desiredCount", required: true, bound: .upTo(1_000))
        var config = ECSServiceConfig(
            name: name?.value ?? "", taskDefinition: definition ?? ECSTaskDefinition(family: "task"),
            desiredCount: desired ?? 0)
        if let deployment = service.object("deploymentConfiguration", keys: Self.deploymentConfigurationKeys)
        {
            decodeDeploymentConfiguration(deployment, into: &config)
        }
        config.healthCheckGracePeriodSeconds =
            service.duration("healthCheckGracePeriod", bound: .upTo(2_147_483_647)) ?? 0
        var targetGroup: String?
        if let balancer = service.object("loadBalancer", keys: ["targetGroup"]) {
            targetGroup = decodeContainerTargetGroup(balancer, owner: name?.value ?? "")
        }
        if let scaling = service.object("autoScaling", keys: Self.ecsAutoScalingKeys) {
            config.autoScaling = decodeECSAutoScaling(scaling, hasLoadBalancer: targetGroup != nil)
            if config.autoScaling == nil { return nil }
        }
        guard name != nil, let cluster, let definition, desired != nil else { return nil }
        config.taskDefinition = definition
        return ECSServiceSpec(
            config: config, cluster: cluster.value, launchType: launchType, targetGroup: targetGroup)
    }

    private func decodeTaskDefinition(_ body: ObjectReader, family: String, fargate: Bool)
        -> ECSTaskDefinition?
    {
        let cpu = body.whole("cpu", required: true, bound: .range(128, 196_608))
        let memory = body.whole("memory", required: true, bound: .range(128, 1_048_576))
        let rps = body.number("requestsPerSecond", bound: .positive) ?? 100
        let check = body.bool("containerHealthCheck") ?? false
        guard let cpu, let memory else { return nil }
        let size = FargateTaskSize(cpuUnits: cpu, memoryMiB: memory)
        if fargate, !size.isValid {
            let choices = FargateTaskSize.memoryChoices(cpuUnits: cpu)
            let fix =
                choices.isEmpty
                ? "cpu must be one of \(FargateTaskSize.cpuChoices.map(String.init).joined(separator: ", "))"
                : "with cpu \(cpu) use memory \(Self.either(choices.map(String.init)))"
            body.report(
                "cpu \(cpu) with memory \(memory) is not a valid Fargate task size; \(fix)", about: "memory")
            return nil
        }
        return ECSTaskDefinition(
            family: body.string("family") ?? family, size: size, hasContainerHealthCheck: check,
            requestsPerSecondPerTask: rps)
    }

    private func decodeDeploymentConfiguration(_ body: ObjectReader, into config: inout ECSServiceConfig) {
        config.minimumHealthyPercent = body.whole("minimumHealthyPercent", bound: .range(0, 100)) ?? 100
        config.maximumPercent = body.whole("maximumPercent", bound: .range(100, 400)) ?? 200
        if let breaker = body.object("deploymentCircuitBreaker", keys: ["enable", "rollback"]) {
            config.circuitBreaker = ECSCircuitBreakerConfig(
                enable: breaker.bool("enable", required: true) ?? false,
                rollback: breaker.bool("rollback") ?? false)
        }
        let desired = max(1, config.desiredCount)
        let low = ECSServiceConfig.minimumHealthy(desired: desired, percent: config.minimumHealthyPercent)
        let high = ECSServiceConfig.maximumTasks(desired: desired, percent: config.maximumPercent)
        if low >= desired && high <= desired {
            body.report(
                "a deployment could never replace a task: minimumHealthyPercent \(config.minimumHealthyPercent) keeps "
                    + "all \(desired) running and maximumPercent \(config.maximumPercent) starts none beside them; "
                    + "lower minimumHealthyPercent or raise maximumPercent", about: "maximumPercent")
        }
    }

    private func decodeECSAutoScaling(_ body: ObjectReader, hasLoadBalancer: Bool) -> ECSServiceScalingPolicy?
    {
        let min = body.whole("min", required: true, bound: .upTo(1_000))
        let max = body.whole("max", required: true, bound: .upTo(1_000))
        if let min, let max, min > max {
            body.report("'min' (\(min)) is greater than 'max' (\(max)); make min at most max", about: "min")
        }
        let targets = body.present(["targetCPU", "targetRequestsPerTarget"])
        if targets.count != 1 {
            body.report(
                targets.isEmpty
                    ? "\(body.path) needs a target: targetCPU or targetRequestsPerTarget"
                    : "give either 'targetCPU' or 'targetRequestsPerTarget', not both",
                about: targets.last ?? "min")
            return nil
        }
        if targets[0] == "targetRequestsPerTarget", !hasLoadBalancer {
            body.report(
                "'targetRequestsPerTarget' tracks ALBRequestCountPerTarget, which needs a loadBalancer; use targetCPU",
                about: "targetRequestsPerTarget")
        }
        let metric: ECSServiceScalingPolicy.Metric =
            targets[0] == "targetCPU" ? .averageCPUUtilization : .requestCountPerTarget
        let target =
            metric == .averageCPUUtilization
            ? body.number("targetCPU", bound: .aboveZeroUpTo(100))
            : body.number("targetRequestsPerTarget", bound: .positive)
        guard let min, let max, let target else { return nil }
        return ECSServiceScalingPolicy(
            metric: metric, targetValue: target, minCapacity: min, maxCapacity: max,
            scaleOutCooldownSeconds: body.duration("scaleOutCooldown") ?? 300,
            scaleInCooldownSeconds: body.duration("scaleInCooldown") ?? 300,
            disableScaleIn: body.bool("disableScaleIn") ?? false)
    }

    /// A `loadBalancer: {targetGroup: NAME}` of an ECS service or an EKS deployment: the group
    /// must exist and serve no other service.
    func decodeContainerTargetGroup(_ body: ObjectReader, owner: String) -> String? {
        guard let group = body.located("targetGroup", required: true) else { return nil }
        guard
            targetGroups.check(group, noun: "target group", plural: "target groups", in: body.path, log: log)
        else {
            return nil
        }
        if let other = containerTargetGroups[group.value] {
            log.report(
                "target group '\(group.value)' in \(body.path) already sends its requests to '\(other)'; "
                    + "give each service its own target group", at: group.mark)
            return nil
        }
        containerTargetGroups[group.value] = owner
        return group.value
    }
}
