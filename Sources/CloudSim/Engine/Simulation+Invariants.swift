extension Simulation {
    /// Every broken invariant, in words (empty when all hold). Checked after every tick in
    /// debug builds; tests call it directly.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var inFlight = 0
        for inst in instances where (inst.state != .terminated) {
            if inst.queued < 0 { problems.append("\(inst.id) has a negative queue") }
            let sum = inst.queue.cohorts.reduce(0) { $0 + $1.count } + inst.arrivedFresh
            if sum != inst.queued { problems.append("\(inst.id) queue total \(inst.queued) != cohorts \(sum)") }
            if inst.queue.cohorts.contains(where: { $0.count <= 0 }) { problems.append("\(inst.id) has an empty cohort") }
            if !inst.cpu.isFinite || inst.cpu < 0 { problems.append("\(inst.id) CPU is \(inst.cpu)") }
            if !inst.credits.isFinite { problems.append("\(inst.id) credits are \(inst.credits)") }
            inFlight += inst.queued
        }
        for inst in instances where !(inst.state != .terminated) && inst.queued != 0 {
            problems.append("terminated \(inst.id) still holds requests")
        }
        inFlight += distributions.reduce(0) { $0 + $1.waiting }
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
            let members = instances.filter { $0.group == gi && $0.state != .terminated }
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
        for inst in instances { n += inst.queue.slotCount + inst.registrations.count }
        for b in balancers {
            for g in b.groups { n += g.targets.count }
        }
        return n
    }
}
