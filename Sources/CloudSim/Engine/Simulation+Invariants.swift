extension Simulation {
    /// Every broken invariant, in words (empty when all hold). Checked after every tick in
    /// debug builds; tests call it directly.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var inFlight = 0
        if hot.count != instances.count { problems.append("\(hot.count) per-tick records for \(instances.count) instances") }
        problems += servingConditions.problems(instanceCount: instances.count)
        for (inst, h) in zip(instances, hot) where h.state != .terminated {
            if h.queued < 0 { problems.append("\(inst.id) has a negative queue") }
            let sum = h.queue.cohorts.reduce(0) { $0 + $1.count } + h.arrivedFresh
            if sum != h.queued { problems.append("\(inst.id) queue total \(h.queued) != cohorts \(sum)") }
            if h.queue.cohorts.contains(where: { $0.count <= 0 }) { problems.append("\(inst.id) has an empty cohort") }
            if !inst.cpu.isFinite || inst.cpu < 0 { problems.append("\(inst.id) CPU is \(inst.cpu)") }
            if !inst.credits.isFinite { problems.append("\(inst.id) credits are \(inst.credits)") }
            inFlight += h.queued
        }
        for (inst, h) in zip(instances, hot) where h.state == .terminated && h.queued != 0 {
            problems.append("terminated \(inst.id) still holds requests")
        }
        inFlight += distributions.reduce(0) { $0 + $1.waiting }
        inFlight += messaging.clientsInFlight
        problems += messagingViolations()
        inFlight += containers.queued
        problems += containerInvariantViolations()
        let arrived = totals.arrived + totals.internalArrived
        if arrived != totals.succeeded + totals.failed + inFlight {
            problems.append(
                "requests in \(arrived) != served \(totals.succeeded) + failed \(totals.failed) + in flight \(inFlight)")
        }
        for g in groups {
            if !(g.minSize <= g.desired && g.desired <= g.maxSize) {
                problems.append("\(g.config.name): min \(g.minSize) <= desired \(g.desired) <= max \(g.maxSize) broken")
            }
        }
        for (gi, g) in groups.enumerated() {
            let members = hot.filter { $0.group == gi && $0.state != .terminated }
            let byState = LifecycleState.allCases.map { s in members.filter { $0.state == s }.count }
            if byState.reduce(0, +) != members.count { problems.append("\(g.config.name): state counts do not add up") }
        }
        let numbers = [overview.rps, overview.p50Millis, overview.p99Millis, overview.errorRate, bill.total, bill.perHour]
        if numbers.contains(where: { !$0.isFinite || $0 < 0 }) { problems.append("a headline figure is negative or NaN") }
        return problems
    }
}

extension Simulation {
    /// Elements held by the engine's growable collections: instance slots, free slots, queued
    /// cohorts, registrations, targets, faults and commands. Ring buffers (events, history,
    /// alarm datapoints) have fixed storage and are not counted. A day-long run must keep it bounded.
    var storageFootprint: Int {
        var n = instances.count + freeSlots.count + faults.count + pendingCommands.count + commandLog.count
            + scheduled.count
        for (inst, h) in zip(instances, hot) { n += h.queue.slotCount + inst.registrations.count }
        for b in balancers {
            for g in b.groups { n += g.targets.count }
        }
        return n
    }
}
