extension BeanstalkEnvironmentState {
    /// Advances one tick.
    public mutating func step(tick: Int) {
        advanceTimers(tick: tick)
        if tick % max(1, ticks(config.timings.healthCheckIntervalSeconds)) == 0 { healthRound(tick: tick) }
        if isDeploying { progress(tick: tick) }
        merge()
        if (tick + 1) % ticksPerSecond == 0 { capacityHistory.append(Double(capacityInService)) }
    }

    /// Ends timed states: launching -> deploying -> checking -> in service; draining -> deploying or gone.
    mutating func advanceTimers(tick: Int) {
        let t = config.timings
        for i in cohorts.indices {
            guard let due = cohorts[i].untilTick, tick >= due else { continue }
            switch cohorts[i].state {
            case .launching:
                cohorts[i].state = .deploying
                cohorts[i].untilTick = tick + ticks(t.deploySeconds)
            case .deploying:
                cohorts[i].state = .checking
                cohorts[i].untilTick = tick + ticks(t.healthPassSeconds)
                if cohorts[i].group == .main { cohorts[i].isAttached = true }
            case .checking:
                cohorts[i].state = isBroken(cohorts[i].version) ? .failed : .inService
                cohorts[i].untilTick = nil
            case .draining:
                if let next = cohorts[i].nextVersion {
                    cohorts[i].version = next
                    cohorts[i].nextVersion = nil
                    cohorts[i].state = .deploying
                    cohorts[i].untilTick = tick + ticks(t.deploySeconds)
                } else {
                    cohorts[i].count = 0
                }
            case .inService, .failed:
                cohorts[i].untilTick = nil
            }
        }
        cohorts.removeAll { $0.count == 0 }
    }

    /// A health round: serving instances of a broken version fail; basic health counts the round.
    mutating func healthRound(tick: Int) {
        for i in cohorts.indices where (cohorts[i].state == .checking || cohorts[i].state == .inService) && isBroken(cohorts[i].version) {
            cohorts[i].state = .failed
            cohorts[i].untilTick = nil
            log(tick, .critical, "\(name): \(cohorts[i].count) instance(s) on \(cohorts[i].version) failed health checks")
        }
        let failing = count(.failed) > 0 || capacityInService == 0
        consecutiveFailedChecks = failing ? consecutiveFailedChecks + 1 : 0
    }

    /// Merges cohorts that differ only in count.
    mutating func merge() {
        guard cohorts.count > 1 else { return }
        var merged: [BeanstalkInstanceCohort] = []
        for c in cohorts {
            if let j = merged.firstIndex(where: {
                $0.version == c.version && $0.state == c.state && $0.group == c.group && $0.isAttached == c.isAttached
                    && $0.untilTick == c.untilTick && $0.batch == c.batch && $0.nextVersion == c.nextVersion
            }) {
                merged[j].count += c.count
            } else {
                merged.append(c)
            }
        }
        cohorts = merged
    }

    /// Traffic share of each serving version: the canary split during an evaluation,
    /// otherwise in proportion to serving instances.
    public var trafficShareByVersion: [String: Double] {
        var serving: [String: Int] = [:]
        for c in cohorts where c.isServing { serving[c.version, default: 0] += c.count }
        if let d = deployment, d.phase == .evaluating, case .trafficSplitting(let p, _) = d.policy,
            serving[d.version, default: 0] > 0
        {
            let canary = Double(min(max(p, 1), 100)) / 100
            var shares = [d.version: canary]
            let others = serving.filter { $0.key != d.version }
            let total = others.values.reduce(0, +)
            for (v, n) in others { shares[v] = total > 0 ? (1 - canary) * Double(n) / Double(total) : 0 }
            if total == 0 { shares[d.version] = 1 }
            return shares
        }
        let total = serving.values.reduce(0, +)
        return total > 0 ? serving.mapValues { Double($0) / Double(total) } : [:]
    }

    /// Share of requests that reach an instance serving a broken version (they fail).
    public var failingTrafficShare: Double {
        var servingByVersion: [String: Int] = [:]
        var brokenByVersion: [String: Int] = [:]
        for c in cohorts where c.isServing {
            servingByVersion[c.version, default: 0] += c.count
            if isBroken(c.version) { brokenByVersion[c.version, default: 0] += c.count }
        }
        return trafficShareByVersion.reduce(0) { total, entry in
            let serving = servingByVersion[entry.key] ?? 0
            return serving > 0 ? total + entry.value * Double(brokenByVersion[entry.key] ?? 0) / Double(serving) : total
        }
    }
}
