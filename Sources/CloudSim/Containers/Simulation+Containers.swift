extension Simulation {
    /// The containers stage, after the instances serve: container-backed target groups serve
    /// their queues, then every ECS service (task lifecycle, deployment scheduler, circuit
    /// breaker, target tracking on the running count) and every EKS cluster (HPA every 15 s,
    /// reconcile, schedule Pending pods) steps with the load it was offered this tick.
    mutating func stepContainers() {
        guard !containers.isEmpty else { return }
        serveContainerRoutes()
        for c in containers.ecs.indices {
            var offered = [Double](repeating: 0, count: containers.ecs[c].services.count)
            for route in containers.routes {
                if case .ecs(c, let s) = route.backend { offered[s] += route.offeredRate }
            }
            for (ref, load) in containers.queueWork where ref.cluster == c { offered[ref.service] += load }
            containers.ecs[c].step(tick: tick, offered: offered, random: &random)
            assignTaskZones(cluster: c)
            for s in containers.ecs[c].services.indices where !containers.ecs[c].services[s].events.isEmpty {
                for event in containers.ecs[c].services[s].takeEvents() { events.append(event) }
            }
        }
        for c in containers.eks.indices {
            var offered: [String: Double] = [:]
            for route in containers.routes {
                if case .eks(c, let d) = route.backend {
                    offered[containers.eks[c].deployments[d].name, default: 0] += route.offeredRate
                }
            }
            containers.eks[c].step(tick: tick, offered: offered, random: &random)
        }
        for r in containers.routes.indices { containers.routes[r].offeredRate = 0 }
    }

    /// Gives every newly placed task of an ECS cluster its zone: its container instance's, or
    /// on Fargate the cluster's zone (still up) with the fewest of the service's tasks.
    mutating func assignTaskZones(cluster c: Int) {
        let zoneList = containers.ecsZones[c]
        guard !zoneList.isEmpty else { return }
        for s in containers.ecs[c].services.indices {
            let tasks = containers.ecs[c].services[s].tasks
            guard tasks.contains(where: { $0.isPlaced && $0.zone == nil }) else { continue }
            for i in tasks.indices
            where tasks[i].isPlaced && containers.ecs[c].services[s].tasks[i].zone == nil {
                if let instance = tasks[i].instance, instance < containers.instanceZones[c].count {
                    containers.ecs[c].services[s].tasks[i].zone = containers.instanceZones[c][instance]
                    continue
                }
                var best = zoneList[0]
                var fewest = Int.max
                for z in zoneList where !zoneDown[z] {
                    let n = containers.ecs[c].services[s].tasks.reduce(0) {
                        $0 + ($1.zone == z && $1.isActive ? 1 : 0)
                    }
                    if n < fewest {
                        fewest = n
                        best = z
                    }
                }
                containers.ecs[c].services[s].tasks[i].zone = best
            }
        }
    }

    /// Queue workers running as tasks of service `ref` were busy `busyShare` of this tick:
    /// the service's CPU next tick shows it (as that share of what its running tasks can
    /// serve), so its target tracking on CPU scales the workers.
    mutating func addTaskWork(service ref: (cluster: Int, service: Int), busyShare: Double) {
        let service = containers.ecs[ref.cluster].services[ref.service]
        let load =
            min(1, max(0, busyShare)) * Double(service.runningCount)
            * service.config.taskDefinition.requestsPerSecondPerTask
        if let k = containers.queueWork.firstIndex(where: { $0.ref == ref }) {
            containers.queueWork[k].load = load
        } else {
            containers.queueWork.append((ref, load))
        }
    }
}

extension ECSClusterState {
    /// Advances every service one tick; `offered[i]` is the load on service `i` (requests/s).
    mutating func step(tick: Int, offered: [Double], random: inout SimRandom) {
        for i in services.indices {
            services[i].step(
                tick: tick, offeredRequestsPerSecond: i < offered.count ? offered[i] : 0, capacity: &capacity,
                random: &random)
        }
    }
}
