import CloudSim

/// `ecsClusters`: ECS clusters, their zones and (optionally) their EC2 container instances.
extension ScenarioDecoder {
    static let ecsClusterKeys = ["name", "availabilityZones", "containerInstances"]
    static let containerInstanceKeys = ["instanceType", "count"]

    func decodeECSCluster(_ cluster: ObjectReader) -> ECSClusterSpec? {
        let name = cluster.located("name", required: true)
        if let name { ecsClusters.declare(name, noun: "ECS cluster", log: log) }
        let zoneNames = cluster.strings("availabilityZones") ?? []
        zoneNames.forEach { checkZone($0, in: cluster.path) }
        var instances: ECSContainerInstancesSpec?
        if let body = cluster.object("containerInstances", keys: Self.containerInstanceKeys) {
            let type = body.located("instanceType", required: true)
            let known = type.flatMap { checkInstanceType($0, in: body.path) }
            let count = body.whole("count", required: true, bound: .range(1, 1_000))
            if let type, known != nil, let count {
                instances = ECSContainerInstancesSpec(instanceType: type.value, count: count)
            }
            if instances == nil { return nil }
        }
        guard let name else { return nil }
        if instances != nil { ecsClustersWithInstances.append(name.value) }
        return ECSClusterSpec(
            name: name.value, availabilityZones: zoneNames.map(\.value), containerInstances: instances)
    }
}
