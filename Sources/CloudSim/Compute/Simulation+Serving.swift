extension Simulation {
    /// Every live instance serves its queue, oldest cohort first, up to its CPU capacity.
    ///
    /// The per-tick records are moved out of `self` for the loop, so each instance is served
    /// through a plain reference instead of a checked, copy-on-write array access; nothing
    /// called from here reads `hot`.
    mutating func serveRequests() {
        var fleet: [InstanceHot] = []
        swap(&fleet, &hot)
        defer { swap(&fleet, &hot) }
        var pass = ServingPass(now: time, dt: tickSeconds)
        fleet.withUnsafeMutableBufferPointer { h in
            var i = 0
            while i < h.count {
                if h[i].state != .terminated && h[i].isRunning && !h[i].isZoneDown {
                    serve(&h[i], i, &pass)
                    // A plain busy tick: the alike instances right after it repeat it.
                    if pass.repeatable.isValid && pass.conditionsIndex == i { i = serveRepeats(h, after: i, &pass) }
                }
                i += 1
            }
        }
        pass.sums.flush(into: &groups)
        pass.flushRun(into: &latencyClasses)
        totals.succeeded += pass.succeeded
        interval.succeeded += pass.succeeded
        second.succeeded += pass.succeeded
        flushLatencyClasses()
    }

    /// One instance's tick: fresh arrivals first when nothing waits, else the backlog.
    @inline(__always)
    private mutating func serve(_ h: inout InstanceHot, _ i: Int, _ pass: inout ServingPass) {
        h.arrivalRate = h.offeredRate
        h.offeredRate = 0
        guard h.queued > 0 else {
            account(&h, i, utilisation: h.stress, &pass)
            return
        }
        if pass.repeatable.matches(h, arrivalRate: h.arrivalRate),
            servingConditions.chainHolds(from: pass.conditionsIndex, to: i, version: pass.conditionsVersion)
        {
            serveRepeat(&h, i, &pass)
            return
        }
        // A plain tick: all requests fresh, no carry, no error draws and no credits.
        let plain = h.queue.isEmpty && h.capacityCarry == 0 && h.arrivedFresh == h.queued && !h.hasErrorRate
            && !h.isBurstable
        pass.repeatable.isValid = false
        loadConditions(i, into: &pass)
        let b = pass.conditions.primaryBalancer
        if !h.queue.isEmpty { expireOldCohorts(&h, balancer: b) }
        // Fields, not methods: calling a method on `self` here copied the whole simulation.
        let mu = pass.conditions.ratePerVCPU
        let vcpus = pass.conditions.vcpus
        var capacity = pass.conditions.tickCapacity + h.capacityCarry
        // With no carry, the capacity is the tick's own and its whole part is cached.
        let whole = h.capacityCarry == 0 && pass.conditions.tickCapacityWhole >= 0
            ? pass.conditions.tickCapacityWhole : Int(capacity)
        var offset = pass.conditions.baseLatencyMillis + pass.conditions.extraLatencyMillis
        if let b {
            if b != pass.balancer { pass.use(balancer: b, faultLatencyMillis: balancers[b].faultLatencyMillis) }
            offset += pass.faultLatencyMillis
        } else {
            offset += 0
        }
        // Waits a stable M/M/c explains (Poisson bunching within a couple of ticks) come from
        // its Erlang C distribution; only cohorts older than that, a real backlog, are charged
        // their age. The load is quantised to steps of 0.5 % so alike instances share a class.
        let servers = pass.conditions.servers
        if !pass.loadHolds(arrivalRate: h.arrivalRate, vcpus: vcpus, serviceRate: mu) {
            // The load step and mean sojourn are functions of the arrival rate, vCPUs and
            // service rate: alike instances in a row share the last ones computed.
            let rhoStep = Int((min(0.98, h.arrivalRate / (vcpus * mu)) * 200).rounded())
            if instances[i].sojournRho != rhoStep || instances[i].sojournRate != mu
                || instances[i].sojournServers != servers
            {
                refreshSojourn(i, rhoStep: rhoStep, serviceRate: mu, servers: servers)
            }
            pass.remember(
                arrivalRate: h.arrivalRate, vcpus: vcpus, serviceRate: mu, rhoStep: rhoStep,
                sojournMillis: instances[i].sojournMillis)
        }
        let rhoStep = pass.rhoStep
        let sojourn = pass.sojournMillis
        var served = 0
        var latencySum = 0.0
        // Fresh arrivals with no backlog ahead of them: served at once up to capacity, the
        // rest become this tick's cohort.
        let fresh = h.arrivedFresh
        var joinedRun = false
        if fresh > 0 {
            h.arrivedFresh = 0
            let take = min(fresh, whole)
            if take > 0 {
                served += take
                latencySum += (sojourn + offset) * Double(take)
                if let b {
                    let entry = LatencyClasses.Entry(
                        balancer: b, servers: servers, serviceRate: mu, rhoStep: rhoStep, offsetMillis: offset,
                        weight: Double(take))
                    joinedRun = pass.addLatency(entry, to: &latencyClasses)
                    if !joinedRun { recordOutsideClasses(entry) }
                }
            }
            // All taken leaves the queue empty, and the capacity left unused.
            if fresh > take {
                capacity -= Double(take)
                h.queue.append(tick: tick, count: fresh - take)
            }
        }
        if capacity >= 1, !h.queue.isEmpty {
            let condition = LatencyClasses.Entry(
                balancer: b ?? 0, servers: servers, serviceRate: mu, rhoStep: rhoStep, offsetMillis: offset, weight: 0)
            serveCohorts(
                &h, balancer: b, condition: condition, sojourn: sojourn, capacity: &capacity, served: &served,
                latencySum: &latencySum)
        }
        h.queued -= served
        h.capacityCarry = h.queue.isEmpty ? 0 : min(capacity, 1)
        if served > 0 {
            let errors = h.hasErrorRate ? applicationErrors(served, rate: instances[i].app.errorRate, balancer: b) : 0
            pass.succeeded += served - errors
        }
        // Utilisation: the work done plus what a stress fault eats, of the CPU we may use.
        let workShare = pass.workShare(
            served: served, cpuMillisPerRequest: pass.conditions.cpuMillisPerRequest, vcpus: vcpus)
        h.servedSecond += served
        h.latencySumSecond += latencySum
        if plain && served == fresh && (joinedRun || b == nil) {
            pass.repeatable = RepeatableTick(
                isValid: true, fresh: fresh, arrivalRate: h.arrivalRate, stress: h.stress, latencySum: latencySum,
                utilisation: workShare + h.stress, joinsRun: joinedRun)
        }
        account(&h, i, utilisation: workShare + h.stress, &pass)
    }

    /// The serving conditions of instance `i` into the pass: copied from the table unless the
    /// pass holds those of an identical run of instances just before it.
    @inline(__always)
    private func loadConditions(_ i: Int, into pass: inout ServingPass) {
        if !servingConditions.chainHolds(from: pass.conditionsIndex, to: i, version: pass.conditionsVersion) {
            pass.conditions = servingConditions.rows[i]
            pass.conditionsVersion = servingConditions.version
        }
        pass.conditionsIndex = i
    }

    /// Recomputes the instance's cached mean time in the station for its load and rate.
    @inline(never)
    private mutating func refreshSojourn(_ i: Int, rhoStep: Int, serviceRate mu: Double, servers: Int) {
        instances[i].sojournRho = rhoStep
        instances[i].sojournRate = mu
        instances[i].sojournServers = servers
        instances[i].sojournMillis = LatencyClasses.Entry(
            balancer: 0, servers: servers, serviceRate: mu, rhoStep: rhoStep, offsetMillis: 0, weight: 0
        ).meanSojournMillis
    }

    /// Records a class straight into its balancer's histogram (the class table is full).
    @inline(never)
    private mutating func recordOutsideClasses(_ entry: LatencyClasses.Entry) {
        LatencyClasses.record(entry, into: &balancers[entry.balancer].histogramSecond)
    }

    /// Draws how many of `served` requests the application fails (a 500 each).
    @inline(never)
    private mutating func applicationErrors(_ served: Int, rate: Double, balancer b: Int?) -> Int {
        let errors = random.binomial(served, rate)
        if errors > 0, let b { fail(errors, balancer: b, code: 500) }
        return errors
    }

    /// Requests older than the idle timeout get a 504 from the load balancer.
    private mutating func expireOldCohorts(_ h: inout InstanceHot, balancer b: Int?) {
        let idleTicks = b.map { balancers[$0].idleTicks } ?? Int.max
        while let first = h.queue.first, tick - first.tick > idleTicks {
            h.queue.removeFirst()
            h.queued -= first.count
            if let b { fail(first.count, balancer: b, code: 504) }
        }
    }

    /// Serves waiting cohorts, oldest first, while whole requests of capacity remain.
    /// `condition` is the instance's latency class (its weight unused), `b` its balancer.
    @inline(never)
    private mutating func serveCohorts(
        _ h: inout InstanceHot, balancer b: Int?, condition: LatencyClasses.Entry, sojourn: Double,
        capacity: inout Double, served: inout Int, latencySum: inout Double
    ) {
        let dt = tickSeconds
        let offset = condition.offsetMillis
        let serviceMillis = 1000 / condition.serviceRate
        while capacity >= 1, !h.queue.isEmpty {
            guard let cohort = h.queue.first else { break }
            let take = min(cohort.count, Int(capacity))
            capacity -= Double(take)
            served += take
            let ageMillis = Double(tick - cohort.tick) * dt * 1000
            var entry = condition
            entry.weight = Double(take)
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
                h.queue.removeFirst()
            } else {
                h.queue.takeFromFirst(take)
            }
        }
    }

    /// Fails every queued request of an instance (it stopped or died) with a 502.
    mutating func dropQueue(_ i: Int) {
        let n = hot[i].queued
        guard n > 0 else { return }
        hot[i].queue.removeAll()
        hot[i].arrivedFresh = 0
        hot[i].queued = 0
        hot[i].capacityCarry = 0
        if let b = servingConditions.rows[i].primaryBalancer {
            fail(n, balancer: b, code: 502)
        } else {
            countFailed(n)
        }
    }
}
