extension Simulation {
    /// Closes a second for containers: served rates of the container-backed target groups and
    /// the bill. Fargate (tasks and pods) and the EKS control planes come from the models'
    /// cumulative bills (per second, one-minute minimum charged when a task stops); container
    /// instances, worker nodes and Beanstalk instances accrue EC2 time like the engine's fleet.
    mutating func recordContainerSecond(span: Double) {
        for r in containers.routes.indices {
            containers.routes[r].servedPerSecond = Double(containers.routes[r].servedSecond) / span
            containers.routes[r].servedSecond = 0
        }
        var bill = containers.bill
        var fargate = 0.0
        var ecsRate = 0.0
        for (c, cluster) in containers.ecs.enumerated() {
            fargate += cluster.fargateCost(tick: tick)
            let live = containers.instancesOut[c].reduce(0) { $0 + ($1 == nil ? 1 : 0) }
            let instanceRate = Double(live) * containers.instancePricePerHour[c]
            bill.containerInstances += instanceRate * span / 3_600
            ecsRate += instanceRate
            guard cluster.capacity.isFargate else { continue }
            for service in cluster.services {
                for task in service.tasks where task.isPlaced {
                    if let size = service.family.revision(task.revision)?.size {
                        ecsRate += FargatePricing.perSecond(size) * 3_600
                    }
                }
            }
        }
        bill.fargate = fargate
        bill.ecsPerHour = ecsRate
        var eksClusters = 0.0
        var eksRate = 0.0
        for (c, cluster) in containers.eks.enumerated() {
            eksClusters += cluster.cost(tick: tick)
            bill.eksNodes += containers.eksNodePricePerHour[c] * span / 3_600
            eksRate += cluster.config.controlPlanePerHour + containers.eksNodePricePerHour[c]
            for d in cluster.deployments where d.config.onFargate {
                if let size = d.config.fargateSize {
                    eksRate +=
                        Double(d.ready(tick: tick) + d.starting(tick: tick)) * FargatePricing.perSecond(size)
                        * 3_600
                }
            }
        }
        bill.eksClusters = eksClusters
        bill.eksPerHour = eksRate
        var beanstalkRate = 0.0
        for (e, env) in containers.beanstalk.enumerated() {
            beanstalkRate += Double(env.instanceCount) * containers.beanstalkPricePerHour[e]
        }
        bill.beanstalk += beanstalkRate * span / 3_600
        bill.beanstalkPerHour = beanstalkRate
        containers.bill = bill
        self.bill.containers = bill.total
        self.bill.containersPerHour = bill.perHour
    }

    /// Broken laws of the container models (empty when all hold): each ECS service's task
    /// counts, each cluster's reservations, each Beanstalk fleet, every route's queue total.
    func containerInvariantViolations() -> [String] {
        guard !containers.isEmpty else { return [] }
        var problems: [String] = []
        for cluster in containers.ecs {
            for service in cluster.services { problems += service.invariantViolations() }
            if !cluster.capacity.reservationsMatch(cluster.services) {
                problems.append("ECS cluster \(cluster.name): reservations do not match its tasks")
            }
        }
        for env in containers.beanstalk { problems += env.invariantViolations() }
        for route in containers.routes {
            let sum = route.queue.cohorts.reduce(0) { $0 + $1.count }
            if sum != route.queued || route.queued < 0 {
                problems.append(
                    "container target group \(route.group): queue total \(route.queued) != cohorts \(sum)")
            }
        }
        return problems
    }
}
