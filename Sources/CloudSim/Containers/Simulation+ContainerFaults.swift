extension Simulation {
    /// `ecs:stop-task` on a service: its oldest RUNNING task stops; the service replaces it.
    mutating func stopTask(service name: String) {
        guard let ref = ecsService(named: name) else {
            log(.warning, name, "ecs:stop-task: no ECS service named \(name)")
            return
        }
        if containers.ecs[ref.cluster].services[ref.service].stopTask(tick: tick) == nil {
            log(.warning, name, "ecs:stop-task: \(name) has no RUNNING task")
        }
        for event in containers.ecs[ref.cluster].services[ref.service].takeEvents() { events.append(event) }
    }

    /// `beanstalk:bad-deploy` on an environment: the version being deployed fails its health
    /// checks; with no deployment running, a new version is deployed with the environment's
    /// policy (and fails).
    mutating func startBadDeploy(environment name: String) {
        guard let e = beanstalkEnvironment(named: name) else {
            log(.warning, name, "beanstalk:bad-deploy: no Beanstalk environment named \(name)")
            return
        }
        containers.beanstalk[e].setBadDeployFault(active: true, tick: tick)
        if !containers.beanstalk[e].isDeploying {
            containers.badDeploys += 1
            let label = "\(containers.beanstalk[e].currentVersion)-bad\(containers.badDeploys)"
            deployBadVersion(label, environment: e)
        }
        for event in containers.beanstalk[e].takeEvents() { events.append(event) }
    }

    private mutating func deployBadVersion(_ label: String, environment e: Int) {
        containers.beanstalk[e].registerVersion(
            BeanstalkApplicationVersion(label: label, failsHealthChecks: true))
        containers.versionOrder[e].append(label)
        if let problem = containers.beanstalk[e].deploy(version: label, tick: tick) {
            log(
                .warning, "beanstalk:\(containers.beanstalk[e].name)",
                "deployment of \(label) not started: \(problem)")
        }
    }

    /// Ends `beanstalk:bad-deploy` faults that were healed: later deployments work again.
    mutating func healContainerFaults(_ healed: [ActiveFault]) {
        for fault in healed where fault.spec.kind == .badDeploy {
            guard let e = beanstalkEnvironment(named: fault.spec.target),
                !hasFault(.badDeploy, on: fault.spec.target)
            else { continue }
            containers.beanstalk[e].setBadDeployFault(active: false, tick: tick)
            for event in containers.beanstalk[e].takeEvents() { events.append(event) }
        }
    }

    /// A zone goes out: ECS tasks running there stop (their services replace them elsewhere)
    /// and the container instances there take no task until it is back.
    mutating func stopContainers(inZone z: Int) {
        if !containers.eks.isEmpty { evictPods(inZone: z) }
        guard !containers.ecs.isEmpty else { return }
        for c in containers.ecs.indices {
            for (k, zone) in containers.instanceZones[c].enumerated()
            where zone == z && containers.instancesOut[c][k] == nil {
                containers.instancesOut[c][k] = containers.ecs[c].capacity.instances[k]
                containers.ecs[c].capacity.instances[k].cpuUnits = 0
                containers.ecs[c].capacity.instances[k].memoryMiB = 0
            }
            for s in containers.ecs[c].services.indices {
                var stopped = 0
                for i in containers.ecs[c].services[s].tasks.indices
                where containers.ecs[c].services[s].tasks[i].zone == z {
                    let status = containers.ecs[c].services[s].tasks[i].status
                    guard status == .pending || status == .running else { continue }
                    containers.ecs[c].services[s].stop(
                        i, tick: tick, reason: .stoppedByUser, immediately: true)
                    stopped += 1
                }
                if stopped > 0 {
                    let name = containers.ecs[c].services[s].name
                    log(
                        .critical, "ecs:\(name)",
                        "\(stopped) task(s) of \(name) lost with \(zones[z]); the service replaces them")
                }
            }
        }
    }

    /// A zone is back: its container instances take tasks again.
    mutating func restoreContainers(inZone z: Int) {
        for c in containers.eks.indices {
            for (n, zone) in containers.eksNodeZones[c].enumerated() where zone == z {
                guard let saved = containers.eksNodesOut[c][n] else { continue }
                containers.eks[c].nodes[n].cpuMillicores = saved.cpuMillicores
                containers.eks[c].nodes[n].memoryMiB = saved.memoryMiB
                containers.eks[c].nodes[n].maxPods = saved.maxPods
                containers.eksNodesOut[c][n] = nil
            }
        }
        guard !containers.ecs.isEmpty else { return }
        for c in containers.ecs.indices {
            for (k, zone) in containers.instanceZones[c].enumerated() where zone == z {
                guard let saved = containers.instancesOut[c][k] else { continue }
                containers.ecs[c].capacity.instances[k].cpuUnits = saved.cpuUnits
                containers.ecs[c].capacity.instances[k].memoryMiB = saved.memoryMiB
                containers.instancesOut[c][k] = nil
            }
        }
    }

    /// A zone goes out: the EKS nodes there lose their pods, which go back to Pending and are
    /// scheduled on the nodes left as room allows; the nodes take no pod until the zone is back.
    private mutating func evictPods(inZone z: Int) {
        for c in containers.eks.indices {
            for (n, zone) in containers.eksNodeZones[c].enumerated()
            where zone == z && containers.eksNodesOut[c][n] == nil {
                containers.eksNodesOut[c][n] = containers.eks[c].nodes[n]
                var evicted = 0
                for d in containers.eks[c].deployments.indices {
                    let pods = containers.eks[c].deployments[d].cohorts.reduce(0) {
                        $0 + ($1.node == n ? $1.count : 0)
                    }
                    guard pods > 0 else { continue }
                    containers.eks[c].deployments[d].cohorts.removeAll { $0.node == n }
                    containers.eks[c].deployments[d].pending += pods
                    evicted += pods
                }
                let node = containers.eks[c].nodes[n]
                containers.eks[c].nodes[n].usedCPU = 0
                containers.eks[c].nodes[n].usedMemory = 0
                containers.eks[c].nodes[n].pods = 0
                containers.eks[c].nodes[n].cpuMillicores = 0
                containers.eks[c].nodes[n].memoryMiB = 0
                containers.eks[c].nodes[n].maxPods = 0
                log(
                    .critical, "eks:\(containers.eks[c].config.name)",
                    "node \(node.name) lost with \(zones[z]): \(evicted) pod(s) back to Pending")
            }
        }
    }
}
