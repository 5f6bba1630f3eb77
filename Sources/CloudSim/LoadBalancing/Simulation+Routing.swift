extension Simulation {
    /// Sends each target group's arrivals to its targets: healthy ones, or all of them when
    /// every registered target is unhealthy (fail-open), or nobody (503).
    mutating func routeRequests() {
        for b in balancers.indices {
            for g in balancers[b].groups.indices {
                let n = balancers[b].groups[g].arrivals
                guard n > 0 || balancers[b].groups[g].offeredRate > 0 else { continue }
                balancers[b].groups[g].arrivals = 0
                balancers[b].groups[g].routedSecond += n
                if let r = balancers[b].groups[g].containerRoute {
                    enqueueAtContainers(n, rate: balancers[b].groups[g].offeredRate, route: r)
                } else {
                    routeGroup(n, balancer: b, group: g)
                }
                balancers[b].groups[g].offeredRate = 0
            }
        }
    }

    /// Routes one target group's arrivals. Its targets and the fleet's per-tick records are
    /// moved out of `self` meanwhile, so each delivery writes through plain references
    /// instead of nested copy-on-write array accesses; nothing called from here reads them.
    private mutating func routeGroup(_ n: Int, balancer b: Int, group g: Int) {
        var targets: [TargetEntry] = []
        var fleet: [InstanceHot] = []
        swap(&targets, &balancers[b].groups[g].targets)
        swap(&fleet, &hot)
        defer {
            swap(&targets, &balancers[b].groups[g].targets)
            swap(&fleet, &hot)
        }
        targets.withUnsafeMutableBufferPointer { targets in
            fleet.withUnsafeMutableBufferPointer { fleet in
                var scope = RoutingScope(balancer: b, group: g, targets: targets, fleet: fleet)
                routeGroup(n, &scope)
                scope.tally.flush(into: &groups)
            }
        }
    }

    private mutating func routeGroup(_ n: Int, _ scope: inout RoutingScope) {
        let b = scope.balancer
        let g = scope.group
        let targets = scope.targets
        var candidates: [Int] = []
        swap(&candidates, &scratchTargets)
        defer { swap(&candidates, &scratchTargets) }
        candidates.removeAll(keepingCapacity: true)
        for t in targets.indices where targets[t].health == .healthy {
            candidates.append(t)
        }
        balancers[b].groups[g].isFailingOpen = false
        if candidates.isEmpty {
            for t in targets.indices where targets[t].health == .unhealthy {
                candidates.append(t)
            }
            balancers[b].groups[g].isFailingOpen = !candidates.isEmpty
        }
        guard !candidates.isEmpty else {
            fail(n, balancer: b, code: 503)
            return
        }
        let offered = balancers[b].groups[g].offeredRate
        if balancers[b].groups[g].isCrossZone {
            offerAndDistribute(n, rate: offered, over: candidates, &scope)
            return
        }
        // Cross-zone off: each zone's node gets an equal share and keeps it inside its zone.
        // Nodes with no target to send to are left out of DNS, so clients use the others.
        let zoneOf = candidates.map { instances[targets[$0].instance].zoneIndex }
        var zonesWithTargets = balancers[b].zoneIndices.filter { zoneOf.contains($0) }
        if zonesWithTargets.isEmpty { zonesWithTargets = [zoneOf[0]] }
        var remaining = n
        for (k, z) in zonesWithTargets.enumerated() {
            let share = k == zonesWithTargets.count - 1
                ? remaining : random.binomial(remaining, 1 / Double(zonesWithTargets.count - k))
            remaining -= share
            let inZone = candidates.indices.filter { zoneOf[$0] == z }.map { candidates[$0] }
            offerAndDistribute(
                share, rate: offered / Double(zonesWithTargets.count), over: inZone.isEmpty ? candidates : inZone,
                &scope)
        }
    }

    /// Shares the expected rate `rate` and then `n` requests over candidate targets. An ALB's
    /// round robin does both in one pass over the targets (each target's share of the rate
    /// and its requests touch different fields, so the order between them does not matter).
    private mutating func offerAndDistribute(_ n: Int, rate: Double, over candidates: [Int], _ scope: inout RoutingScope) {
        let b = scope.balancer
        let g = scope.group
        guard n > 0, rate > 0, balancers[b].config.kind != .network,
            balancers[b].groups[g].config.algorithm == .roundRobin
        else {
            offer(rate, over: candidates, &scope)
            distribute(n, over: candidates, &scope)
            return
        }
        let targets = scope.targets
        let fleet = scope.fleet
        let k = candidates.count
        let share = 1 / Double(k)
        let base = n / k
        let extra = n % k
        let cursor = balancers[b].groups[g].roundRobinCursor % k
        // Target j's turn is (j - cursor) mod k: the first `extra` turns get one more.
        var turn = (k - cursor) % k
        for t in candidates {
            fleet[targets[t].instance].offeredRate += rate * share
            deliver(base + (turn < extra ? 1 : 0), toTarget: t, &scope)
            turn += 1
            if turn == k { turn = 0 }
        }
        balancers[b].groups[g].roundRobinCursor = (cursor + extra) % k
    }

    /// Shares an expected rate over candidate targets: evenly, or by flow share on an NLB.
    private mutating func offer(_ rate: Double, over candidates: [Int], _ scope: inout RoutingScope) {
        guard rate > 0 else { return }
        let targets = scope.targets
        let fleet = scope.fleet
        if balancers[scope.balancer].config.kind == .network {
            let total = candidates.reduce(0) { $0 + targets[$1].flowShare }
            for t in candidates {
                let share = total > 0 ? targets[t].flowShare / total : 1 / Double(candidates.count)
                fleet[targets[t].instance].offeredRate += rate * share
            }
        } else {
            let share = 1 / Double(candidates.count)
            for t in candidates { fleet[targets[t].instance].offeredRate += rate * share }
        }
    }

    /// Splits `n` requests over candidate targets with the group's algorithm.
    private mutating func distribute(_ n: Int, over candidates: [Int], _ scope: inout RoutingScope) {
        guard n > 0 else { return }
        let b = scope.balancer
        let g = scope.group
        if balancers[b].config.kind == .network {
            distributeByFlows(n, over: candidates, &scope)
            return
        }
        let k = candidates.count
        switch balancers[b].groups[g].config.algorithm {
        case .roundRobin:
            let base = n / k
            let extra = n % k
            let cursor = balancers[b].groups[g].roundRobinCursor % k
            // Target j's turn is (j - cursor) mod k: the first `extra` turns get one more.
            var turn = (k - cursor) % k
            for t in candidates {
                deliver(base + (turn < extra ? 1 : 0), toTarget: t, &scope)
                turn += 1
                if turn == k { turn = 0 }
            }
            balancers[b].groups[g].roundRobinCursor = (cursor + extra) % k
        case .weightedRandom:
            var remaining = n
            for (j, t) in candidates.enumerated() {
                let share = j == k - 1 ? remaining : random.binomial(remaining, 1 / Double(k - j))
                remaining -= share
                deliver(share, toTarget: t, &scope)
            }
        case .leastOutstandingRequests:
            distributeLeastOutstanding(n, over: candidates, &scope)
        }
    }

    /// Least outstanding requests: water-filling so the emptiest targets get the requests.
    private mutating func distributeLeastOutstanding(_ n: Int, over candidates: [Int], _ scope: inout RoutingScope) {
        let targets = scope.targets
        let fleet = scope.fleet
        let sorted = candidates.map { (t: $0, o: fleet[targets[$0].instance].queued) }
            .sorted { $0.o < $1.o }
        var remaining = n
        var level = sorted[0].o
        var width = 1
        while remaining > 0 {
            while width < sorted.count && sorted[width].o <= level { width += 1 }
            let next = width < sorted.count ? sorted[width].o : Int.max
            let room = next == Int.max ? Int.max : (next - level) * width
            if room >= remaining {
                level += remaining / width
                remaining %= width
                break
            }
            remaining -= room
            level = next
        }
        for (j, entry) in sorted.enumerated() where j < width {
            deliver(max(0, level - entry.o) + (j < remaining ? 1 : 0), toTarget: entry.t, &scope)
        }
    }

    /// NLB: flows stick to their target for their life; new flows hash evenly over candidates.
    private mutating func distributeByFlows(_ n: Int, over candidates: [Int], _ scope: inout RoutingScope) {
        let targets = scope.targets
        let renew = min(1, tickSeconds / max(tickSeconds, balancers[scope.balancer].config.flowLifetimeSeconds))
        var total = 0.0
        for t in candidates {
            let old = targets[t].flowShare
            let share = old * (1 - renew) + renew / Double(candidates.count)
            targets[t].flowShare = share
            total += share
        }
        scratchWeights.removeAll(keepingCapacity: true)
        for t in candidates { scratchWeights.append(targets[t].flowShare / total) }
        random.multinomial(n, weights: scratchWeights, into: &scratchCounts)
        let counts = scratchCounts
        for (j, t) in candidates.enumerated() { deliver(counts[j], toTarget: t, &scope) }
    }

    /// Hands `k` requests to a target's instance; an unreachable instance answers 502.
    @inline(__always)
    private mutating func deliver(_ k: Int, toTarget t: Int, _ scope: inout RoutingScope) {
        guard k > 0 else { return }
        let targets = scope.targets
        let fleet = scope.fleet
        targets[t].routedSecond += k
        let i = targets[t].instance
        // The usual case, inline: reachable, room in the backlog, nothing queued yet.
        guard fleet[i].isRunning, !fleet[i].isZoneDown, fleet[i].queued + k <= fleet[i].backlogLimit,
            fleet[i].queue.isEmpty
        else {
            deliverCarefully(k, toTarget: t, &scope)
            return
        }
        if let gi = fleet[i].group { scope.tally.add(k, group: gi, groups: &groups) }
        // No backlog: this tick's requests wait in a counter, not in the cohort queue.
        fleet[i].arrivedFresh += k
        fleet[i].queued += k
    }

    /// `deliver` to an unreachable instance, a full backlog or behind waiting cohorts.
    @inline(never)
    private mutating func deliverCarefully(_ k: Int, toTarget t: Int, _ scope: inout RoutingScope) {
        let targets = scope.targets
        let fleet = scope.fleet
        let b = scope.balancer
        let i = targets[t].instance
        guard fleet[i].isRunning, !fleet[i].isZoneDown else {
            targets[t].errorsSecond += k
            fail(k, balancer: b, code: 502)
            return
        }
        if let gi = fleet[i].group { scope.tally.add(k, group: gi, groups: &groups) }
        // A full accept backlog refuses connections: the load balancer answers 502.
        // Never more than this delivery: the backlog may already exceed a limit that just fell
        // (CPU stress, credits run out); requests already accepted stay queued.
        let refused = min(k, max(0, fleet[i].queued + k - fleet[i].backlogLimit))
        if refused > 0 {
            targets[t].errorsSecond += refused
            fail(refused, balancer: b, code: 502)
        }
        let k = k - refused
        guard k > 0 else { return }
        // No backlog: this tick's requests wait in a counter, not in the cohort queue.
        if fleet[i].queue.isEmpty {
            fleet[i].arrivedFresh += k
        } else {
            fleet[i].queue.append(tick: tick, count: k)
        }
        fleet[i].queued += k
    }

    /// Adds failed requests to the run, interval and second totals.
    mutating func countFailed(_ n: Int) {
        totals.failed += n
        interval.failed += n
        second.failed += n
    }

    /// Counts `n` requests failed by a load balancer with an HTTP status.
    mutating func fail(_ n: Int, balancer b: Int, code: Int) {
        guard n > 0 else { return }
        countFailed(n)
        switch code {
        case 502: balancers[b].http502Second += n
        case 503: balancers[b].http503Second += n
        case 504: balancers[b].http504Second += n
        default: balancers[b].targetErrorsSecond += n
        }
    }
}
