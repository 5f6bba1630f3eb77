extension Simulation {
    /// Builds the ECS clusters and services, EKS clusters and Beanstalk environments, and ties
    /// the target groups they serve to them. Does nothing for a scenario without them.
    mutating func buildContainers() {
        let a = architecture
        guard !a.ecsServices.isEmpty || !a.eksClusters.isEmpty || !a.beanstalkEnvironments.isEmpty else {
            return
        }
        for spec in a.ecsServices { addECSService(spec) }
        for spec in a.eksClusters { addEKSCluster(spec) }
        for spec in a.beanstalkEnvironments { addBeanstalkEnvironment(spec) }
        for (k, ref) in containers.ecsServiceRefs.enumerated() {
            if let name = a.ecsServices[k].targetGroup {
                bind(targetGroup: name, to: .ecs(cluster: ref.cluster, service: ref.service))
            }
        }
        for (c, spec) in a.eksClusters.enumerated() {
            for (d, deployment) in spec.deployments.enumerated() {
                if let name = deployment.targetGroup {
                    bind(targetGroup: name, to: .eks(cluster: c, deployment: d))
                }
            }
        }
        for (e, spec) in a.beanstalkEnvironments.enumerated() where spec.isLoadBalanced {
            bind(targetGroup: spec.targetGroupName, to: .beanstalk(e))
        }
        for c in containers.ecs.indices { assignTaskZones(cluster: c) }
    }

    /// Zone indices of `names` (every zone when empty).
    private func zoneIndices(_ names: [String]) -> [Int] {
        let list = names.compactMap { zones.firstIndex(of: $0) }
        return list.isEmpty ? Array(zones.indices) : list
    }

    private mutating func addECSService(_ spec: ECSServiceSpec) {
        let isFargate = spec.launchType == .fargate
        let c: Int
        if let existing = containers.ecs.indices.first(where: {
            containers.ecs[$0].name == spec.cluster && containers.ecs[$0].capacity.isFargate == isFargate
        }) {
            c = existing
        } else {
            let clusterSpec = architecture.ecsClusters.first { $0.name == spec.cluster }
            let zoneList = zoneIndices(clusterSpec?.availabilityZones ?? [])
            var capacity = ECSCapacity.fargate
            var instanceZones: [Int] = []
            var price = 0.0
            if !isFargate, let ci = clusterSpec?.containerInstances {
                let type = InstanceType.named(ci.instanceType) ?? InstanceType.catalogue[0]
                capacity = .ec2(
                    (0..<ci.count).map {
                        ECSContainerInstance(
                            id: "\(spec.cluster)-ci-\($0 + 1)", cpuUnits: type.vcpus * 1_024,
                            memoryMiB: Int(type.memoryGiB * 1_024)
                                - ECSContainerInstancesSpec.reservedMemoryMiB)
                    })
                instanceZones = (0..<ci.count).map { zoneList.isEmpty ? 0 : zoneList[$0 % zoneList.count] }
                price = type.pricePerHour
            } else if !isFargate {
                capacity = .ec2([])
            }
            containers.ecs.append(
                ECSClusterState(name: spec.cluster, capacity: capacity, tickSeconds: tickSeconds))
            containers.ecsZones.append(zoneList)
            containers.instanceZones.append(instanceZones)
            containers.instancesOut.append(Array(repeating: nil, count: instanceZones.count))
            containers.instancePricePerHour.append(price)
            c = containers.ecs.count - 1
        }
        let s = containers.ecs[c].addService(spec.config)
        containers.ecsServiceRefs.append((c, s))
    }

    private mutating func addEKSCluster(_ spec: EKSClusterSpec) {
        var cluster = EKSClusterState(config: spec.config, tickSeconds: tickSeconds)
        for d in spec.deployments { cluster.addDeployment(d.config) }
        containers.eks.append(cluster)
        var price = 0.0
        for (k, group) in spec.config.nodeGroups.enumerated() {
            let type = k < spec.nodeInstanceTypes.count ? InstanceType.named(spec.nodeInstanceTypes[k]) : nil
            price +=
                Double(group.nodes)
                * (type ?? InstanceType.named("m5.large") ?? InstanceType.catalogue[0]).pricePerHour
        }
        containers.eksNodePricePerHour.append(price)
        let zoneList = zoneIndices(spec.availabilityZones)
        let nodeCount = containers.eks[containers.eks.count - 1].nodes.count
        containers.eksNodeZones.append(
            (0..<nodeCount).map { zoneList.isEmpty ? 0 : zoneList[$0 % zoneList.count] })
        containers.eksNodesOut.append(Array(repeating: nil, count: nodeCount))
    }

    private mutating func addBeanstalkEnvironment(_ spec: BeanstalkEnvironmentSpec) {
        var env = BeanstalkEnvironmentState(config: spec.config, tickSeconds: tickSeconds)
        var order = [spec.config.initialVersion.label]
        for version in spec.versions {
            env.registerVersion(version)
            if !order.contains(version.label) { order.append(version.label) }
        }
        containers.beanstalk.append(env)
        containers.versionOrder.append(order)
        let type = InstanceType.named(spec.instanceType) ?? InstanceType.catalogue[0]
        containers.beanstalkPricePerHour.append(type.pricePerHour)
        containers.beanstalkRequestsPerInstance.append(spec.requestsPerSecondPerInstance)
    }

    /// Makes the target group called `name` send its requests to `backend`.
    private mutating func bind(targetGroup name: String, to backend: ContainerBackend) {
        for b in balancers.indices {
            guard let g = balancers[b].groups.firstIndex(where: { $0.config.name == name }) else { continue }
            balancers[b].groups[g].containerRoute = containers.routes.count
            containers.routes.append(ContainerRoute(balancer: b, group: g, backend: backend))
            return
        }
    }

    /// Index in `containers.ecs` and service index of the ECS service called `name`.
    func ecsService(named name: String) -> (cluster: Int, service: Int)? {
        for (c, cluster) in containers.ecs.enumerated() {
            if let s = cluster.serviceIndex(named: name) { return (c, s) }
        }
        return nil
    }

    /// Index of the Beanstalk environment called `name`.
    func beanstalkEnvironment(named name: String) -> Int? {
        containers.beanstalk.firstIndex { $0.name == name }
    }
}
