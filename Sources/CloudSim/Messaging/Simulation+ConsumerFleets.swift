extension Simulation {
    /// The workers polling queue `q` this tick, and the Auto Scaling group they run on:
    /// a Beanstalk worker environment's serving instances x its daemon's HTTP connections;
    /// fixed workers; InService instances x workers per instance; running ECS tasks x workers
    /// per task; nobody.
    func consumerFleet(of q: Int) -> (workers: Int, group: Int?) {
        let spec = messaging.queues[q].spec
        if let worker = messaging.queues[q].workerEnvironment, worker.environment < containers.beanstalk.count {
            return (containers.beanstalk[worker.environment].capacityInService * worker.connections, nil)
        }
        switch spec.fleet {
        case .fixed: return (spec.consumer.consumers, nil)
        case .autoScalingGroup(_, let perInstance):
            guard let g = messaging.queues[q].workerGroup else { return (0, nil) }
            return (inServiceInstances(group: g) * max(0, perInstance), g)
        case .ecsService(_, let perTask):
            guard let ref = messaging.queues[q].workerService else { return (0, nil) }
            return (containers.ecs[ref.cluster].services[ref.service].runningCount * max(0, perTask), nil)
        case .none: return (0, nil)
        }
    }

    /// InService, running, reachable instances of group `g` (the ones that run workers).
    func inServiceInstances(group g: Int) -> Int {
        var n = 0
        for i in hot.indices
        where hot[i].group == g && hot[i].state == .inService && hot[i].isRunning && !hot[i].isZoneDown {
            n += 1
        }
        return n
    }

    /// Busy workers show as CPU: every worker instance of group `g` adds `busyShare` (busy
    /// workers / all workers, the same on every instance on average) to its utilisation this
    /// tick, and to the group's CPU metric (not while it warms up), as serving does.
    mutating func addWorkerCPU(group g: Int, busyShare: Double) {
        let util = min(1, max(0, busyShare))
        guard util > 0 else { return }
        let now = time
        var secondSum = 0.0
        var tickSum = 0.0
        for i in hot.indices
        where hot[i].group == g && hot[i].state == .inService && hot[i].isRunning && !hot[i].isZoneDown {
            hot[i].busySecond += util
            secondSum += util
            let warming =
                hot[i].warmupSeconds.map { now - (hot[i].inServiceSince ?? -.infinity) < $0 } ?? false
            if !warming { tickSum += util }
        }
        groups[g].cpuSecondSum += secondSum
        groups[g].cpuTickSum += tickSum
    }
}
