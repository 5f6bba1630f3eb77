import CloudSim

/// `eksClusters`: the control plane's support tier, node groups and deployments with HPAs.
extension ScenarioDecoder {
    static let eksClusterKeys = ["name", "supportTier", "availabilityZones", "nodeGroups", "deployments"]
    static let nodeGroupKeys = ["name", "instanceType", "nodes", "maxPods"]
    static let eksDeploymentKeys = [
        "name", "replicas", "cpuRequest", "memoryRequest", "requestsPerSecondPerPod", "cpuLimitPercent",
        "fargate",
        "loadBalancer", "hpa",
    ]
    static let hpaKeys = ["targetCPU", "min", "max", "scaleDownStabilization"]

    func decodeEKSCluster(_ cluster: ObjectReader) -> EKSClusterSpec? {
        let name = cluster.located("name", required: true)
        if let name { eksClusters.declare(name, noun: "EKS cluster", log: log) }
        let tier =
            cluster.choice(
                "supportTier", noun: "support tier",
                options: [("standard", EKSClusterConfig.SupportTier.standard), ("extended", .extended)])
            ?? .standard
        let zoneNames = cluster.strings("availabilityZones") ?? []
        zoneNames.forEach { checkZone($0, in: cluster.path) }
        let groupReaders = cluster.objects("nodeGroups", keys: Self.nodeGroupKeys)
        let groups = groupReaders.compactMap(decodeNodeGroup)
        let deploymentReaders = cluster.objects("deployments", keys: Self.eksDeploymentKeys)
        let deployments = deploymentReaders.compactMap {
            decodeEKSDeployment($0, hasNodes: !groupReaders.isEmpty)
        }
        guard let name, groups.count == groupReaders.count, deployments.count == deploymentReaders.count
        else {
            return nil
        }
        return EKSClusterSpec(
            config: EKSClusterConfig(name: name.value, supportTier: tier, nodeGroups: groups.map(\.config)),
            nodeInstanceTypes: groups.map(\.type), availabilityZones: zoneNames.map(\.value),
            deployments: deployments)
    }

    private func decodeNodeGroup(_ group: ObjectReader) -> (config: EKSNodeGroupConfig, type: String)? {
        let name = group.located("name", required: true)
        let typeName = group.located("instanceType", required: true)
        let type = typeName.flatMap { checkInstanceType($0, in: group.path) }
        let nodes = group.whole("nodes", required: true, bound: .upTo(1_000))
        let maxPods = group.whole("maxPods", bound: .range(1, 737)) ?? 29
        guard let name, let type, let nodes else { return nil }
        return (
            EKSClusterSpec.nodeGroup(name: name.value, instanceType: type, nodes: nodes, maxPods: maxPods),
            type.name
        )
    }

    private func decodeEKSDeployment(_ deployment: ObjectReader, hasNodes: Bool) -> EKSDeploymentSpec? {
        let name = deployment.located("name", required: true)
        if let name { eksDeployments.declare(name, noun: "EKS deployment", log: log) }
        let replicas = deployment.whole("replicas", required: true, bound: .upTo(10_000))
        let cpu = deployment.whole("cpuRequest", bound: .range(1, 192_000)) ?? 250
        let memory = deployment.whole("memoryRequest", bound: .range(1, 786_432)) ?? 512
        let rps = deployment.number("requestsPerSecondPerPod", bound: .positive) ?? 50
        let limit = deployment.number("cpuLimitPercent", bound: .range(1, 10_000)) ?? 100
        let fargate = deployment.bool("fargate") ?? false
        if !fargate, !hasNodes {
            deployment.report(
                "\(deployment.path) runs on nodes, and its cluster has no nodeGroups; add nodeGroups or set fargate: true"
            )
        }
        var targetGroup: String?
        if let balancer = deployment.object("loadBalancer", keys: ["targetGroup"]) {
            targetGroup = decodeContainerTargetGroup(balancer, owner: name?.value ?? "")
        }
        var hpa: HPAConfig?
        if let body = deployment.object("hpa", keys: Self.hpaKeys) {
            let target = body.number("targetCPU", required: true, bound: .aboveZeroUpTo(1_000))
            let min = body.whole("min", bound: .range(1, 10_000)) ?? 1
            let max = body.whole("max", required: true, bound: .range(1, 10_000))
            if let max, min > max {
                body.report(
                    "'min' (\(min)) is greater than 'max' (\(max)); make min at most max", about: "min")
            }
            let window = body.duration("scaleDownStabilization", bound: .upTo(3_600)) ?? 300
            guard let target, let max else { return nil }
            hpa = HPAConfig(
                minReplicas: min, maxReplicas: max, targetCPUUtilizationPercent: target,
                scaleDownStabilizationSeconds: window)
        }
        guard let name, let replicas else { return nil }
        return EKSDeploymentSpec(
            config: EKSDeploymentConfig(
                name: name.value, replicas: replicas, cpuRequestMillicores: cpu, memoryRequestMiB: memory,
                requestsPerSecondPerPod: rps, cpuLimitPercent: limit, onFargate: fargate, hpa: hpa),
            targetGroup: targetGroup)
    }
}
