/// A fault in force.
struct ActiveFault: Sendable {
    var id: Int
    var spec: FaultSpec
    var startedAt: Double
    /// Simulated second it heals by itself; nil = until healed.
    var endsAt: Double?
}

extension Simulation {
    /// Injects a fault: instantaneous ones act once, the others stay active until they expire
    /// or are healed. A group name as target picks one of its InService instances.
    mutating func inject(_ spec: FaultSpec) {
        var spec = spec
        if [.terminateInstance, .cpuStress, .unhealthyTarget].contains(spec.kind) {
            guard let i = resolveInstance(spec.target) else {
                log(.warning, spec.target, "\(spec.kind.rawValue): no running instance matches '\(spec.target)'")
                return
            }
            spec.target = instances[i].id
            if spec.kind == .terminateInstance {
                kill(i)
                return
            }
        }
        if spec.kind == .invalidate {
            invalidate(distribution: spec.target)
            return
        }
        if spec.kind == .stopTask {
            stopTask(service: spec.target)
            return
        }
        guard messagingFaultTargetExists(spec) else {
            log(.warning, spec.target, "\(spec.kind.rawValue): nothing named '\(spec.target)' to act on")
            return
        }
        let fault = ActiveFault(
            id: nextFaultID, spec: spec, startedAt: time, endsAt: spec.durationSeconds.map { time + $0 })
        nextFaultID += 1
        faults.append(fault)
        let until = spec.durationSeconds.map { " for \(Int($0)) s" } ?? " until healed"
        log(.critical, spec.target, "fault \(spec.kind.rawValue) on \(spec.target)\(until)")
        if spec.kind == .azOutage, let z = zones.firstIndex(of: spec.target) { takeZoneDown(z) }
        if spec.kind == .regionOutage { takeRegionDown(spec.target) }
        if spec.kind == .badDeploy { startBadDeploy(environment: spec.target) }
        applyFaultEffects()
    }

    /// An InService, running instance by id, or one picked at random from a group.
    mutating func resolveInstance(_ target: String) -> Int? {
        if let i = instances.indices.first(where: { (hot[$0].state != .terminated) && instances[$0].id == target }) {
            return i
        }
        guard let g = groups.firstIndex(where: { $0.config.name == target }) else { return nil }
        let members = instances.indices.filter {
            hot[$0].group == g && hot[$0].state == .inService && hot[$0].isRunning
        }
        guard !members.isEmpty else { return nil }
        return members[Int(random.next() % UInt64(members.count))]
    }

    /// Clears faults matching a predicate and restores what they took away.
    mutating func heal(where matches: (ActiveFault) -> Bool) {
        let healed = faults.filter(matches)
        guard !healed.isEmpty else { return }
        faults.removeAll(where: matches)
        for fault in healed {
            log(.info, fault.spec.target, "healed \(fault.spec.kind.rawValue) on \(fault.spec.target)")
        }
        applyFaultEffects()
        if !containers.isEmpty { healContainerFaults(healed) }
        for r in regionDown.indices where regionDown[r] && !hasFault(.regionOutage, on: architecture.regions[r].name) {
            regionDown[r] = false
            log(.info, architecture.regions[r].name, "\(architecture.regions[r].name) is reachable again")
        }
        for z in zones.indices where zoneDown[z] && !hasFault(.azOutage, on: zones[z]) && !isZoneInDownRegion(z) {
            bringZoneUp(z)
        }
    }

    /// Heals faults whose duration has run out.
    mutating func expireFaults() {
        let now = time
        guard faults.contains(where: { ($0.endsAt ?? .infinity) <= now }) else { return }
        heal { ($0.endsAt ?? .infinity) <= now }
    }

    /// Recomputes the per-component effects of the active faults.
    mutating func applyFaultEffects() {
        var extraLatency = [Double](repeating: 0, count: instances.count)
        for i in instances.indices {
            hot[i].stress = 0
            instances[i].failsHealthChecks = false
        }
        for b in balancers.indices { balancers[b].faultLatencyMillis = 0 }
        for s in sources.indices { sources[s].faultMultiplier = 1 }
        for fault in faults {
            let spec = fault.spec
            let m = spec.effectiveMagnitude
            switch spec.kind {
            case .cpuStress:
                for i in instances.indices where instances[i].id == spec.target { hot[i].stress = min(0.99, m) }
            case .unhealthyTarget:
                for i in instances.indices where instances[i].id == spec.target { instances[i].failsHealthChecks = true }
            case .latency:
                for b in balancers.indices where balancers[b].config.name == spec.target {
                    balancers[b].faultLatencyMillis += m
                }
                let g = groups.firstIndex { $0.config.name == spec.target }
                for i in instances.indices where instances[i].id == spec.target || (g != nil && hot[i].group == g) {
                    extraLatency[i] += m
                }
            case .trafficSpike, .trafficDDoS:
                for s in sources.indices where spec.target == "*" || sources[s].config.name == spec.target {
                    sources[s].faultMultiplier *= m
                }
            default:
                break
            }
        }
        for i in instances.indices {
            var c = servingConditions.rows[i]
            c.extraLatencyMillis = extraLatency[i]
            servingConditions.set(i, c)
        }
        for i in instances.indices where hot[i].state != .terminated { refreshRate(i) }
        applyMessagingFaults()
    }

    mutating func takeZoneDown(_ z: Int) {
        guard !zoneDown[z] else { return }
        zoneDown[z] = true
        for i in instances.indices where (hot[i].state != .terminated) && instances[i].zoneIndex == z {
            hot[i].isZoneDown = true
            if hot[i].group != nil && hot[i].state == .pending {
                log(.critical, instances[i].id, "launch of \(instances[i].id) failed: \(zones[z]) is out")
                finishTermination(i)
            } else if hot[i].isRunning || hot[i].state == .pending {
                stop(i)
            }
        }
        stopContainers(inZone: z)
    }

    private mutating func bringZoneUp(_ z: Int) {
        zoneDown[z] = false
        for i in instances.indices where (hot[i].state != .terminated) && instances[i].zoneIndex == z {
            hot[i].isZoneDown = false
            if hot[i].group == nil && (hot[i].state == .stopped || hot[i].state == .stopping) {
                resetCredits(i, launch: false)
                setState(i, .pending)
                log(.info, instances[i].id, "\(instances[i].id) starting again: \(zones[z]) is back")
            }
        }
        restoreContainers(inZone: z)
    }
}
