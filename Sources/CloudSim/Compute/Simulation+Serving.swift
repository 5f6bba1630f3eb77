extension Simulation {
    /// Every live instance serves its queue, oldest cohort first, up to its CPU capacity.
    mutating func serveRequests() {
        for i in instances.indices where (instances[i].state != .terminated) {
            if instances[i].isRunning && !instances[i].isZoneDown {
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
        let rate = 1000 / max(0.001, instances[i].app.cpuMillisPerRequest) * share * (1 - min(0.99, instances[i].stress))
        instances[i].ratePerVCPU = rate
        instances[i].vcpus = Double(type.vcpus)
        instances[i].utilCap = share
        instances[i].isBurstable = type.isBurstable
        instances[i].backlogLimit = max(1, Int(rate * Double(type.vcpus) * instances[i].app.maxQueueSeconds))
    }

    private mutating func serve(_ i: Int) {
        instances[i].arrivalRate = instances[i].offeredRate
        instances[i].offeredRate = 0
        guard instances[i].queued > 0 else {
            account(i, utilisation: instances[i].stress)
            return
        }
        let dt = tickSeconds
        let b = instances[i].primaryBalancer
        let idleTicks = b.map { balancers[$0].idleTicks } ?? Int.max
        // Requests older than the idle timeout get a 504 from the load balancer.
        while let first = instances[i].queue.first, tick - first.tick > idleTicks {
            instances[i].queue.removeFirst()
            instances[i].queued -= first.count
            if let b { fail(first.count, balancer: b, code: 504) }
        }
        // Fields, not methods: calling a method on `self` here copied the whole simulation.
        let mu = instances[i].ratePerVCPU
        let vcpus = instances[i].vcpus
        var capacity = vcpus * mu * dt + instances[i].capacityCarry
        let offset = instances[i].app.baseLatencyMillis + instances[i].extraLatencyMillis
            + (b.map { balancers[$0].faultLatencyMillis } ?? 0)
        let serviceMillis = 1000 / mu
        // Waits a stable M/M/c explains (Poisson bunching within a couple of ticks) come from
        // its Erlang C distribution; only cohorts older than that, a real backlog, are charged
        // their age. The load is quantised to steps of 0.5 % so alike instances share a class.
        let servers = Int(vcpus)
        let rhoStep = Int((min(0.98, instances[i].arrivalRate / (vcpus * mu)) * 200).rounded())
        if instances[i].sojournRho != rhoStep || instances[i].sojournRate != mu {
            instances[i].sojournRho = rhoStep
            instances[i].sojournRate = mu
            instances[i].sojournMillis = LatencyClasses.Entry(
                balancer: 0, servers: servers, serviceRate: mu, rhoStep: rhoStep, offsetMillis: 0, weight: 0
            ).meanSojournMillis
        }
        let sojourn = instances[i].sojournMillis
        var served = 0
        var latencySum = 0.0
        // Fresh arrivals with no backlog ahead of them: served at once up to capacity, the
        // rest become this tick's cohort.
        let fresh = instances[i].arrivedFresh
        if fresh > 0 {
            instances[i].arrivedFresh = 0
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
            if fresh > take { instances[i].queue.append(tick: tick, count: fresh - take) }
        }
        while capacity >= 1, !instances[i].queue.isEmpty {
            guard let cohort = instances[i].queue.first else { break }
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
                instances[i].queue.removeFirst()
            } else {
                instances[i].queue.takeFromFirst(take)
            }
        }
        instances[i].queued -= served
        instances[i].capacityCarry = instances[i].queue.isEmpty ? 0 : min(capacity, 1)
        if served > 0 {
            let errors = instances[i].app.errorRate > 0 ? random.binomial(served, instances[i].app.errorRate) : 0
            if errors > 0, let b { fail(errors, balancer: b, code: 500) }
            totals.succeeded += served - errors
            interval.succeeded += served - errors
            second.succeeded += served - errors
        }
        // Utilisation: the work done plus what a stress fault eats, of the CPU we may use.
        let work = Double(served) * instances[i].app.cpuMillisPerRequest / 1000
        instances[i].servedSecond += served
        instances[i].latencySumSecond += latencySum
        account(i, utilisation: work / (vcpus * dt) + instances[i].stress)
    }

    /// CPU, credit and group-metric bookkeeping of one tick at utilisation `util`.
    private mutating func account(_ i: Int, utilisation: Double) {
        let util = min(1, utilisation, instances[i].utilCap)
        instances[i].busySecond += util
        if instances[i].isBurstable { spendCredits(i, utilisation: util) }
        if let g = instances[i].group, instances[i].state == .inService {
            groups[g].cpuSecondSum += util
            groups[g].cpuSecondCount += 1
            // Inline warm-up check: calling `isWarmingUp` copied the whole simulation each time.
            let warming = instances[i].warmupSeconds.map { warmup in
                Double(tick) * tickSeconds - (instances[i].inServiceSince ?? -.infinity) < warmup
            } ?? false
            if !warming {
                groups[g].cpuTickSum += util
                groups[g].cpuTickCount += 1
            }
        }
    }

    /// Whether an InService group member is inside its group's warm-up window.
    func isWarmingUp(_ i: Int) -> Bool {
        guard let warmup = instances[i].warmupSeconds, instances[i].state == .inService,
            let since = instances[i].inServiceSince
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
        let n = instances[i].queued
        guard n > 0 else { return }
        instances[i].queue.removeAll()
        instances[i].arrivedFresh = 0
        instances[i].queued = 0
        instances[i].capacityCarry = 0
        if let b = instances[i].primaryBalancer {
            fail(n, balancer: b, code: 502)
        } else {
            countFailed(n)
        }
    }
}
