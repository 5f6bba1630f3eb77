extension Simulation {
    /// Fills the snapshot's ECS services (in scenario order), EKS clusters and Beanstalk
    /// environments.
    func fillContainerSnapshots(_ snapshot: inout Snapshot) {
        guard !containers.isEmpty else { return }
        snapshot.ecsServices = containers.ecsServiceRefs.enumerated().map { k, ref in
            var service = containers.ecs[ref.cluster].services[ref.service].snapshot(tick: tick)
            let spec = architecture.ecsServices[k]
            service.cluster = spec.cluster
            service.launchType = spec.launchType
            service.targetGroup = spec.targetGroup
            return service
        }
        snapshot.eksClusters = containers.eks.map { $0.snapshot(tick: tick) }
        snapshot.beanstalk = containers.beanstalk.indices.map { e in
            var environment = containers.beanstalk[e].snapshot(tick: tick)
            environment.versionNumber = beanstalkVersionOrdinal(environment: environment.name)
            environment.loadBalancer = architecture.beanstalkEnvironments[e].balancerName
            return environment
        }
    }

    /// The bill's lines for ECS, EKS and Beanstalk (only those the scenario has).
    func containerCostLines() -> [ServiceCost] {
        guard !containers.isEmpty else { return [] }
        let b = containers.bill
        var lines: [ServiceCost] = []
        if !containers.ecs.isEmpty {
            lines.append(ServiceCost(service: "ecs", perHour: b.ecsPerHour, total: b.ecs))
        }
        if !containers.eks.isEmpty {
            lines.append(ServiceCost(service: "eks", perHour: b.eksPerHour, total: b.eks))
        }
        if !containers.beanstalk.isEmpty {
            lines.append(ServiceCost(service: "beanstalk", perHour: b.beanstalkPerHour, total: b.beanstalk))
        }
        return lines
    }

    /// Ordinal (1 = the first registered) of the version an environment runs, for headless output.
    public func beanstalkVersionOrdinal(environment name: String) -> Int {
        guard let e = beanstalkEnvironment(named: name) else { return 0 }
        return (containers.versionOrder[e].firstIndex(of: containers.beanstalk[e].currentVersion) ?? -1) + 1
    }
}
