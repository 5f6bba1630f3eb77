extension Simulation {
    /// The enabled zone with the fewest live instances of the group that can take a launch
    /// (zones in an outage refuse launches); ties go to the zone listed first.
    func zoneForLaunch(group g: Int) -> Int? {
        var counts = [Int](repeating: 0, count: zones.count)
        for i in instances.indices where hot[i].group == g {
            let state = hot[i].state
            if state == .pending || state == .inService { counts[instances[i].zoneIndex] += 1 }
        }
        var best: Int?
        for z in groups[g].zoneIndices where !zoneDown[z] {
            if best == nil || counts[z] < counts[best!] { best = z }
        }
        return best
    }

    /// Launches one instance of a group into a zone; `warm` makes it InService at once.
    @discardableResult
    mutating func launch(group g: Int, zone z: Int, warm: Bool) -> Int {
        instanceCounter += 1
        let hex = String(instanceCounter, radix: 16)
        let id = "i-" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let config = groups[g].config
        let type = groups[g].instanceType
        var inst = InstanceState(
            id: id, zone: zones[z], zoneIndex: z, type: type, templateVersion: groups[g].templateVersion,
            app: config.app, creditMode: config.creditMode ?? type.defaultCreditMode, bootSeconds: config.bootSeconds,
            launchedAt: time, stateSince: time)
        inst.registrations = groups[g].targetGroups
        var perTick = InstanceHot(state: .pending, group: g)
        perTick.warmupSeconds = config.defaultInstanceWarmup
        let i = addInstance(inst, perTick, primaryBalancer: inst.registrations.first?.balancer)
        if warm {
            startWarm(i)
        } else {
            resetCredits(i, launch: true)
            log(.info, config.name, "launching \(id) (\(type.name)) in \(zones[z])")
        }
        return i
    }

    /// Sets a burstable instance's credits at launch or start.
    mutating func resetCredits(_ i: Int, launch: Bool) {
        defer { refreshRate(i) }
        let type = instances[i].type
        guard type.isBurstable else { return }
        if instances[i].creditMode == .standard && type.family == "t2" {
            instances[i].launchCredits = 30 * Double(type.vcpus)
            if launch { instances[i].credits = 0 }
        } else if launch {
            instances[i].credits = 0
        }
    }

    /// Registers an instance with a target group.
    mutating func register(_ i: Int, _ ref: TargetGroupRef, healthy: Bool) {
        let interval = ticks(balancers[ref.balancer].groups[ref.group].config.healthCheck.intervalSeconds)
        let entry = TargetEntry(
            instance: i, health: healthy ? .healthy : .initial,
            nextCheckTick: healthy ? tick + 1 + (i * 7919) % interval : tick + 1)
        balancers[ref.balancer].groups[ref.group].targets.append(entry)
    }

    /// Starts draining an instance in every target group it is registered with.
    mutating func deregister(_ i: Int) {
        for ref in instances[i].registrations {
            let delay = balancers[ref.balancer].groups[ref.group].config.deregistrationDelay
            for t in balancers[ref.balancer].groups[ref.group].targets.indices
            where balancers[ref.balancer].groups[ref.group].targets[t].instance == i {
                if balancers[ref.balancer].groups[ref.group].targets[t].health == .unhealthy {
                    instances[i].unhealthyTargets -= 1
                }
                balancers[ref.balancer].groups[ref.group].targets[t].health = .draining
                balancers[ref.balancer].groups[ref.group].targets[t].drainDeadline = time + delay
            }
        }
    }

    /// Removes an instance from every target group at once (no draining).
    mutating func unregisterNow(_ i: Int) {
        for ref in instances[i].registrations {
            balancers[ref.balancer].groups[ref.group].targets.removeAll { $0.instance == i }
        }
        instances[i].unhealthyTargets = 0
    }
}
