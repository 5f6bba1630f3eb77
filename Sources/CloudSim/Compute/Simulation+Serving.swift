extension Simulation {
    /// Every live instance serves its queue, oldest cohort first, up to its CPU capacity.
    mutating func serveRequests() {
        for i in instances.indices where (hot[i].state != .terminated) {
            if hot[i].isRunning && !hot[i].isZoneDown {
                serve(i)
            }
        }
        flushLatencyClasses()
    }

    /// Recomputes the cached service rate and backlog limit (type, stress or credits changed).
    mutating func refreshRate(_ i: Int) {
        let type = instances[i].type
        // A standard-mode burstable instance may use its baseline (paid for by this tick's
        // earnings) plus what its balance can fund; once the balance is gone it runs at exactly
        // the baseline, not at full speed every time a tick's earnings leave a sliver of credit.
        var share = 1.0
        if let baseline = type.baselinePerVCPU, instances[i].creditMode == .standard {
            let fullTick = Double(type.vcpus) * tickSeconds / 60
            share = min(1, baseline + max(0, instances[i].credits + instances[i].launchCredits) / fullTick)
        }
        let rate = 1000 / max(0.001, instances[i].app.cpuMillisPerRequest) * share * (1 - min(0.99, hot[i].stress))
        hot[i].ratePerVCPU = rate
        hot[i].vcpus = Double(type.vcpus)
        hot[i].utilCap = share
        hot[i].isBurstable = type.isBurstable
        hot[i].backlogLimit = max(1, Int(rate * Double(type.vcpus) * instances[i].app.maxQueueSeconds))
    }

    private mutating func serve(_ i: Int) {
        hot[i].arrivalRate = hot[i].offeredRate
        hot[i].offeredRate = 0
        guard hot[i].queued > 0 else {
            account(i, utilisation: hot[i].stress)
            return
        }
        let dt = tickSeconds
        let b = hot[i].primaryBalancer
        let idleTicks = b.map { balancers[$0].idleTicks } ?? Int.max
        // Requests older than the idle timeout get a 504 from the load balancer.
        while let first = hot[i].queue.first, tick - first.tick > idleTicks {
            hot[i].queue.removeFirst()
            hot[i].queued -= first.count
            if let b { fail(first.count, balancer: b, code: 504) }
        }
        // Fields, not methods: calling a method on `self` here copied the whole simulation.
        let mu = hot[i].ratePerVCPU
        let vcpus = hot[i].vcpus
        var capacity = vcpus * mu * dt + hot[i].capacityCarry
        let offset = instances[i].app.baseLatencyMillis + hot[i].extraLatencyMillis
            + (b.map { balancers[$0].faultLatencyMillis } ?? 0)
        let serviceMillis = 1000 / mu
        // Waits a stable M/M/c explains (Poisson bunching within a couple of ticks) come from
        // its Erlang C distribution; only cohorts older than that, a real backlog, are charged
        // their age. The load is quantised to steps of 0.5 % so alike instances share a class.
        let servers = Int(vcpus)
        let rhoStep = Int((min(0.98, hot[i].arrivalRate / (vcpus * mu)) * 200).rounded())
        if hot[i].sojournRho != rhoStep || hot[i].sojournRate != mu {
            hot[i].sojournRho = rhoStep
            hot[i].sojournRate = mu
            hot[i].sojournMillis = LatencyClasses.Entry(
                balancer: 0, servers: servers, serviceRate: mu, rhoStep: rhoStep, offsetMillis: 0, weight: 0
            ).meanSojournMillis
        }
        let sojourn = hot[i].sojournMillis
        var served = 0
        var latencySum = 0.0
        // Fresh arrivals with no backlog ahead of them: served at once up to capacity, the
        // rest become this tick's cohort.
        let fresh = hot[i].arrivedFresh
        if fresh > 0 {
            hot[i].arrivedFresh = 0
            let take = min(fresh, Int(capacity))
            if take > 0 {
                capacity -= Double(take)
                served += take
                latencySum += (sojourn + offset) * Double(take)
                let entry = LatencyClasses.Entry(
                    balancer: b ?? 0, servers: servers, serviceRate: mu, rhoStep: rhoStep, offsetMillis: offset,
                    weight: Double(take))
                if let b, !latencyClasses.add(entry) {
                    LatencyClasses.record(entry, into: &balancers[b].histogramSecond)
                }
            }
            if fresh > take { hot[i].queue.append(tick: tick, count: fresh - take) }
        }
        while capacity >= 1, !hot[i].queue.isEmpty {
            guard let cohort = hot[i].queue.first else { break }
            let take = min(cohort.count, Int(capacity))
            capacity -= Double(take)
            served += take
            let ageMillis = Double(tick - cohort.tick) * dt * 1000
            let entry = LatencyClasses.Entry(
                balancer: b ?? 0, servers: servers, serviceRate: mu, rhoStep: rhoStep, offsetMillis: offset,
                weight: Double(take))
            if ageMillis <= 2 * dt * 1000 || ageMillis <= entry.explainedMillis {
                latencySum += (sojourn + offset) * Double(take)
                if let b, !latencyClasses.add(entry) {
                    LatencyClasses.record(entry, into: &balancers[b].histogramSecond)
                }
            } else {
                let millis = ageMillis + serviceMillis + offset
                latencySum += millis * Double(take)
                if let b { balancers[b].histogramSecond.record(millis, weight: Double(take)) }
            }
            if take == cohort.count {
                hot[i].queue.removeFirst()
            } else {
                hot[i].queue.takeFromFirst(take)
            }
        }
        hot[i].queued -= served
        hot[i].capacityCarry = hot[i].queue.isEmpty ? 0 : min(capacity, 1)
        if served > 0 {
            let errors = instances[i].app.errorRate > 0 ? random.binomial(served, instances[i].app.errorRate) : 0
            if errors > 0, let b { fail(errors, balancer: b, code: 500) }
            totals.succeeded += served - errors
            interval.succeeded += served - errors
            second.succeeded += served - errors
        }
        // Utilisation: the work done plus what a stress fault eats, of the CPU we may use.
        let work = Double(served) * instances[i].app.cpuMillisPerRequest / 1000
        hot[i].servedSecond += served
        hot[i].latencySumSecond += latencySum
        account(i, utilisation: work / (vcpus * dt) + hot[i].stress)
    }

    /// CPU, credit and group-metric bookkeeping of one tick at utilisation `util`.
    private mutating func account(_ i: Int, utilisation: Double) {
        let util = min(1, utilisation, hot[i].utilCap)
        hot[i].busySecond += util
        if hot[i].isBurstable { spendCredits(i, utilisation: util) }
        if let g = hot[i].group, hot[i].state == .inService {
            groups[g].cpuSecondSum += util
            groups[g].cpuSecondCount += 1
            // Inline warm-up check: calling `isWarmingUp` copied the whole simulation each time.
            let warming = hot[i].warmupSeconds.map { warmup in
                Double(tick) * tickSeconds - (hot[i].inServiceSince ?? -.infinity) < warmup
            } ?? false
            if !warming {
                groups[g].cpuTickSum += util
                groups[g].cpuTickCount += 1
            }
        }
    }

    /// Whether an InService group member is inside its group's warm-up window.
    func isWarmingUp(_ i: Int) -> Bool {
        guard let warmup = hot[i].warmupSeconds, hot[i].state == .inService,
            let since = hot[i].inServiceSince
        else { return false }
        return time - since < warmup
    }

    /// Burstable credit accounting for one tick at utilisation `util` (0...1 of the instance).
    private mutating func spendCredits(_ i: Int, utilisation util: Double) {
        let type = instances[i].type
        guard type.isBurstable else { return }
        let earned = type.creditsPerHour * tickSeconds / 3600
        var spent = Double(type.vcpus) * util * tickSeconds / 60
        if instances[i].launchCredits > 0 {
            let fromLaunch = min(spent, instances[i].launchCredits)
            instances[i].launchCredits -= fromLaunch
            spent -= fromLaunch
        }
        var balance = min(type.maxCredits, instances[i].credits + earned - spent)
        switch instances[i].creditMode {
        case .standard:
            balance = max(0, balance)
        case .unlimited:
            // Surplus beyond a day's earnings is billed at once; the rest is paid back by earnings.
            if balance < -type.maxCredits {
                bill.chargeSurplusCredits(-type.maxCredits - balance)
                balance = -type.maxCredits
            }
        }
        instances[i].credits = balance
        if instances[i].creditMode == .standard { refreshRate(i) }
    }

    /// Fails every queued request of an instance (it stopped or died) with a 502.
    mutating func dropQueue(_ i: Int) {
        let n = hot[i].queued
        guard n > 0 else { return }
        hot[i].queue.removeAll()
        hot[i].arrivedFresh = 0
        hot[i].queued = 0
        hot[i].capacityCarry = 0
        if let b = hot[i].primaryBalancer {
            fail(n, balancer: b, code: 502)
        } else {
            countFailed(n)
        }
    }
}
