extension BeanstalkEnvironmentState {
    /// Moves the deployment on: the current batch succeeds or fails, the next one starts, a
    /// traffic-splitting evaluation runs, the surplus instances drain.
    mutating func progress(tick: Int) {
        guard var d = deployment else { return }
        switch d.phase {
        case .batches:
            guard let k = d.currentBatch else { return }
            let mine = cohorts.filter { $0.batch == k }
            let healthy = mine.reduce(0) { $0 + ($1.state == .inService ? $1.count : 0) }
            let failed = mine.reduce(0) { $0 + ($1.state == .failed ? $1.count : 0) }
            let timedOut = tick - (d.batches[k].startedTick ?? tick) >= ticks(config.timings.commandTimeoutSeconds)
            if healthy == d.batches[k].instances {
                d.batches[k].status = .succeeded
                d.batches[k].finishedTick = tick
                deployment = d
                log(tick, .info, "\(name): batch \(k + 1) of \(d.batches.count) healthy on \(d.version)")
                if k + 1 < d.batches.count { startBatch(k + 1, tick: tick) } else { finishBatches(tick: tick) }
            } else if timedOut || (failed > 0 && healthy + failed == d.batches[k].instances) {
                d.batches[k].status = .failed
                d.batches[k].finishedTick = tick
                deployment = d
                fail(tick: tick)
            }
        case .evaluating:
            if cohorts.contains(where: { $0.group == .temporary && $0.state == .failed }) {
                fail(tick: tick)
            } else if let until = d.evaluationUntilTick, tick >= until {
                promoteNewFleet(tick: tick)
            }
        case .cleaningUp:
            if !cohorts.contains(where: { $0.state == .draining }) { succeed(tick: tick) }
        }
    }

    /// Every batch is healthy: finish as the policy says.
    mutating func finishBatches(tick: Int) {
        guard var d = deployment else { return }
        switch d.policy {
        case .allAtOnce, .rolling:
            succeed(tick: tick)
        case .rollingWithAdditionalBatch:
            // The extra batch's worth of instances is terminated at the end.
            drain(count: d.batches[0].instances, where: { $0.version == d.version && $0.group == .main }, tick: tick)
            d.phase = .cleaningUp
            deployment = d
        case .immutable:
            promoteNewFleet(tick: tick)
        case .trafficSplitting(_, let seconds):
            d.phase = .evaluating
            d.evaluationUntilTick = tick + ticks(seconds)
            deployment = d
            for i in cohorts.indices where cohorts[i].group == .temporary { cohorts[i].isAttached = true }
            log(tick, .info, "\(name): traffic splitting evaluation started")
        }
    }

    /// The new fleet joins the environment's group; the old instances drain and terminate.
    mutating func promoteNewFleet(tick: Int) {
        guard var d = deployment else { return }
        let old = cohorts.indices.filter { cohorts[$0].group == .main }
        drain(count: old.reduce(0) { $0 + cohorts[$1].count }, where: { $0.group == .main }, tick: tick)
        for i in cohorts.indices where cohorts[i].group == .temporary {
            cohorts[i].group = .main
            cohorts[i].isAttached = true
        }
        d.phase = .cleaningUp
        deployment = d
    }

    /// Detaches and terminates `count` instances matching `filter` (in service ones last).
    mutating func drain(count: Int, where filter: (BeanstalkInstanceCohort) -> Bool, tick: Int) {
        var left = count
        let order = cohorts.indices.filter { filter(cohorts[$0]) && cohorts[$0].state != .draining }
            .sorted { (cohorts[$0].state == .inService ? 1 : 0, $0) < (cohorts[$1].state == .inService ? 1 : 0, $1) }
        for i in order where left > 0 {
            let k = min(left, cohorts[i].count)
            left -= k
            cohorts[i].count -= k
            cohorts.append(
                BeanstalkInstanceCohort(
                    version: cohorts[i].version, state: .draining, count: k, group: cohorts[i].group, isAttached: false,
                    untilTick: tick + ticks(config.timings.drainSeconds)))
        }
        cohorts.removeAll { $0.count == 0 }
    }

    mutating func succeed(tick: Int) {
        guard var d = deployment else { return }
        d.status = .succeeded
        d.finishedTick = tick
        deployment = d
        currentVersion = d.version
        clearBatchMarks()
        log(tick, .info, "\(name): deployment of \(d.version) succeeded")
    }

    /// A batch failed: in-place policies leave the rest on the old version; new-fleet policies
    /// terminate the new fleet (and return all traffic to the old one).
    mutating func fail(tick: Int) {
        guard var d = deployment else { return }
        d.finishedTick = tick
        if d.policy.usesNewFleet {
            d.status = .rolledBack
            let fleet = cohorts.filter { $0.group == .temporary }.reduce(0) { $0 + $1.count }
            drain(count: fleet, where: { $0.group == .temporary }, tick: tick)
            log(tick, .critical, "\(name): deployment of \(d.version) failed; new instances terminated (rolled back)")
        } else {
            d.status = .failed
            log(tick, .critical, "\(name): deployment of \(d.version) failed; remaining batches stay on \(d.previousVersion)")
        }
        d.phase = .batches
        deployment = d
        clearBatchMarks()
    }

    mutating func clearBatchMarks() {
        for i in cohorts.indices where cohorts[i].state != .draining || cohorts[i].nextVersion == nil { cohorts[i].batch = nil }
    }
}
