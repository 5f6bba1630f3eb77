extension Simulation {
    /// A container-backed target group's arrivals: the share that lands on a broken version
    /// fails (the target answers 5xx), none are accepted without a server (503), a backlog
    /// beyond `containerBacklogSeconds` of the servers' work is refused (502); the rest waits
    /// in the group's queue for `serveContainerRoutes`.
    mutating func enqueueAtContainers(_ n: Int, rate: Double, route r: Int) {
        containers.routes[r].offeredRate += rate
        guard n > 0 else { return }
        let b = containers.routes[r].balancer
        let capacity = containerCapacity(containers.routes[r].backend)
        var accepted = n
        if capacity.failingShare > 0 {
            let failing = capacity.failingShare >= 1 ? n : random.binomial(n, capacity.failingShare)
            fail(failing, balancer: b, code: 500)
            accepted -= failing
        }
        guard capacity.servers > 0 else {
            fail(accepted, balancer: b, code: 503)
            return
        }
        let limit = max(1, Int(capacity.total * containerBacklogSeconds))
        let refused = min(accepted, max(0, containers.routes[r].queued + accepted - limit))
        fail(refused, balancer: b, code: 502)
        accepted -= refused
        guard accepted > 0 else { return }
        containers.routes[r].queue.append(tick: tick, count: accepted)
        containers.routes[r].queued += accepted
    }

    /// Serves every container-backed target group's queue, oldest cohort first, up to what
    /// its servers handle this tick. Requests that waited past the balancer's idle timeout get
    /// a 504. A request that arrived within the last two ticks gets the M/M/1 sojourn of one
    /// server at its share of the offered rate (Erlang C with one server); older ones are a
    /// real backlog and are charged their age plus one service time.
    mutating func serveContainerRoutes() {
        for r in containers.routes.indices where containers.routes[r].queued > 0 {
            let b = containers.routes[r].balancer
            expireContainerCohorts(r, balancer: b)
            let capacity = containerCapacity(containers.routes[r].backend)
            guard capacity.servers > 0, capacity.perServer > 0 else {
                containers.routes[r].carry = 0
                continue
            }
            var budget = capacity.total * tickSeconds + containers.routes[r].carry
            let mu = capacity.perServer
            let perServerRate =
                containers.routes[r].offeredRate * (1 - capacity.failingShare) / Double(capacity.servers)
            let extra = balancers[b].faultLatencyMillis
            let sojournMillis: Double? =
                perServerRate < 0.98 * mu
                ? (ErlangC.meanWait(servers: 1, arrivalRate: perServerRate, serviceRate: mu) + 1 / mu) * 1000
                : nil
            var served = 0
            while budget >= 1, let first = containers.routes[r].queue.first {
                let take = min(first.count, Int(budget))
                budget -= Double(take)
                served += take
                let age = tick - first.tick
                if age <= 2, let sojourn = sojournMillis {
                    for band in SojournSegments.bands {
                        balancers[b].histogramSecond.record(
                            sojourn * band.multiple + extra, weight: Double(take) * band.weight)
                    }
                } else {
                    let millis = Double(age) * tickSeconds * 1000 + 1000 / mu + extra
                    balancers[b].histogramSecond.record(millis, weight: Double(take))
                }
                if take == first.count {
                    containers.routes[r].queue.removeFirst()
                } else {
                    containers.routes[r].queue.takeFromFirst(take)
                }
            }
            containers.routes[r].queued -= served
            containers.routes[r].servedSecond += served
            containers.routes[r].carry = containers.routes[r].queue.isEmpty ? 0 : min(budget, 1)
            countSucceeded(served)
        }
    }

    /// Drops cohorts older than the balancer's idle timeout with a 504.
    private mutating func expireContainerCohorts(_ r: Int, balancer b: Int) {
        let limit = balancers[b].idleTicks
        while let first = containers.routes[r].queue.first, tick - first.tick > limit {
            containers.routes[r].queue.removeFirst()
            containers.routes[r].queued -= first.count
            fail(first.count, balancer: b, code: 504)
        }
    }

    /// Servers, their rate and the failing share behind a container backend now.
    func containerCapacity(_ backend: ContainerBackend) -> ContainerCapacity {
        switch backend {
        case .ecs(let c, let s):
            let service = containers.ecs[c].services[s]
            var result = ContainerCapacity()
            var total = 0.0
            for task in service.tasks where task.isRunningHealthy {
                result.servers += 1
                total += service.family.revision(task.revision)?.requestsPerSecondPerTask ?? 0
            }
            result.perServer = result.servers > 0 ? total / Double(result.servers) : 0
            return result
        case .eks(let c, let d):
            let deployment = containers.eks[c].deployments[d]
            return ContainerCapacity(
                servers: deployment.ready(tick: tick), perServer: deployment.config.requestsPerSecondPerPod)
        case .beanstalk(let e):
            let env = containers.beanstalk[e]
            return ContainerCapacity(
                servers: env.capacityInService, perServer: containers.beanstalkRequestsPerInstance[e],
                failingShare: env.failingInService > 0 ? Self.failingShare(env) : 0)
        }
    }

    /// The share of an environment's requests that reach a broken version: what the model's
    /// `failingTrafficShare` says, summed in the fleet's cohort order (a sum over a dictionary
    /// would depend on the process's hash seed, and the draws on its last bits).
    static func failingShare(_ env: BeanstalkEnvironmentState) -> Double {
        var versions: [String] = []
        var serving: [Int] = []
        var broken: [Int] = []
        for c in env.cohorts where c.isServing {
            let k = versions.firstIndex(of: c.version) ?? versions.count
            if k == versions.count {
                versions.append(c.version)
                serving.append(0)
                broken.append(0)
            }
            serving[k] += c.count
            if env.isBroken(c.version) { broken[k] += c.count }
        }
        let total = serving.reduce(0, +)
        guard total > 0 else { return 0 }
        var shares = serving.map { Double($0) / Double(total) }
        if let d = env.deployment, d.phase == .evaluating, case .trafficSplitting(let p, _) = d.policy,
            let canary = versions.firstIndex(of: d.version), serving[canary] > 0
        {
            let others = total - serving[canary]
            let split = Double(min(max(p, 1), 100)) / 100
            shares = serving.indices.map { k in
                if k == canary { return others > 0 ? split : 1 }
                return others > 0 ? (1 - split) * Double(serving[k]) / Double(others) : 0
            }
        }
        var failing = 0.0
        for k in versions.indices where broken[k] > 0 {
            failing += shares[k] * Double(broken[k]) / Double(serving[k])
        }
        return failing
    }

    /// Whether a container-backed target group has a server to send a request to (a health
    /// probe on its load balancer passes).
    func containerRouteServes(_ r: Int) -> Bool {
        containerCapacity(containers.routes[r].backend).servers > 0
    }
}

/// Seconds of its servers' work a container-backed target group queues before the load
/// balancer refuses more (502), as an instance's `maxQueueSeconds` (default 3 s).
let containerBacklogSeconds = 3.0
