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
                routeGroup(n, balancer: b, group: g)
                balancers[b].groups[g].offeredRate = 0
            }
        }
    }

    private mutating func routeGroup(_ n: Int, balancer b: Int, group g: Int) {
        var candidates: [Int] = []
        swap(&candidates, &scratchTargets)
        defer { swap(&candidates, &scratchTargets) }
        candidates.removeAll(keepingCapacity: true)
        // Read targets in place: a local copy would be copied again on the first write below.
        for t in balancers[b].groups[g].targets.indices where balancers[b].groups[g].targets[t].health == .healthy {
            candidates.append(t)
        }
        balancers[b].groups[g].isFailingOpen = false
        if candidates.isEmpty {
            for t in balancers[b].groups[g].targets.indices
            where balancers[b].groups[g].targets[t].health == .unhealthy {
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
            offer(offered, over: candidates, balancer: b, group: g)
            distribute(n, over: candidates, balancer: b, group: g)
            return
        }
        // Cross-zone off: each zone's node gets an equal share and keeps it inside its zone.
        // Nodes with no target to send to are left out of DNS, so clients use the others.
        let zoneOf = candidates.map { instances[balancers[b].groups[g].targets[$0].instance].zoneIndex }
        var zonesWithTargets = balancers[b].zoneIndices.filter { zoneOf.contains($0) }
        if zonesWithTargets.isEmpty { zonesWithTargets = [zoneOf[0]] }
        var remaining = n
        for (k, z) in zonesWithTargets.enumerated() {
            let share = k == zonesWithTargets.count - 1
                ? remaining : random.binomial(remaining, 1 / Double(zonesWithTargets.count - k))
            remaining -= share
            let inZone = candidates.indices.filter { zoneOf[$0] == z }.map { candidates[$0] }
            offer(offered / Double(zonesWithTargets.count), over: inZone.isEmpty ? candidates : inZone, balancer: b, group: g)
            distribute(share, over: inZone.isEmpty ? candidates : inZone, balancer: b, group: g)
        }
    }

    /// Shares an expected rate over candidate targets: evenly, or by flow share on an NLB.
    private mutating func offer(_ rate: Double, over candidates: [Int], balancer b: Int, group g: Int) {
        guard rate > 0 else { return }
        let byFlows = balancers[b].config.kind == .network
        let total = byFlows ? candidates.reduce(0) { $0 + balancers[b].groups[g].targets[$1].flowShare } : 0
        for t in candidates {
            let share = byFlows && total > 0
                ? balancers[b].groups[g].targets[t].flowShare / total : 1 / Double(candidates.count)
            hot[balancers[b].groups[g].targets[t].instance].offeredRate += rate * share
        }
    }

    /// Splits `n` requests over candidate targets with the group's algorithm.
    private mutating func distribute(_ n: Int, over candidates: [Int], balancer b: Int, group g: Int) {
        guard n > 0 else { return }
        if balancers[b].config.kind == .network {
            distributeByFlows(n, over: candidates, balancer: b, group: g)
            return
        }
        let k = candidates.count
        switch balancers[b].groups[g].config.algorithm {
        case .roundRobin:
            let base = n / k
            let extra = n % k
            let cursor = balancers[b].groups[g].roundRobinCursor % k
            for (j, t) in candidates.enumerated() {
                let turn = (j - cursor + k) % k
                deliver(base + (turn < extra ? 1 : 0), toTarget: t, balancer: b, group: g)
            }
            balancers[b].groups[g].roundRobinCursor = (cursor + extra) % k
        case .weightedRandom:
            var remaining = n
            for (j, t) in candidates.enumerated() {
                let share = j == k - 1 ? remaining : random.binomial(remaining, 1 / Double(k - j))
                remaining -= share
                deliver(share, toTarget: t, balancer: b, group: g)
            }
        case .leastOutstandingRequests:
            distributeLeastOutstanding(n, over: candidates, balancer: b, group: g)
        }
    }

    /// Least outstanding requests: water-filling so the emptiest targets get the requests.
    private mutating func distributeLeastOutstanding(_ n: Int, over candidates: [Int], balancer b: Int, group g: Int) {
        let sorted = candidates.map { (t: $0, o: hot[balancers[b].groups[g].targets[$0].instance].queued) }
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
            deliver(max(0, level - entry.o) + (j < remaining ? 1 : 0), toTarget: entry.t, balancer: b, group: g)
        }
    }

    /// NLB: flows stick to their target for their life; new flows hash evenly over candidates.
    private mutating func distributeByFlows(_ n: Int, over candidates: [Int], balancer b: Int, group g: Int) {
        let renew = min(1, tickSeconds / max(tickSeconds, balancers[b].config.flowLifetimeSeconds))
        var total = 0.0
        for t in candidates {
            let old = balancers[b].groups[g].targets[t].flowShare
            let share = old * (1 - renew) + renew / Double(candidates.count)
            balancers[b].groups[g].targets[t].flowShare = share
            total += share
        }
        scratchWeights.removeAll(keepingCapacity: true)
        for t in candidates { scratchWeights.append(balancers[b].groups[g].targets[t].flowShare / total) }
        random.multinomial(n, weights: scratchWeights, into: &scratchCounts)
        let counts = scratchCounts
        for (j, t) in candidates.enumerated() { deliver(counts[j], toTarget: t, balancer: b, group: g) }
    }

    /// Hands `k` requests to a target's instance; an unreachable instance answers 502.
    private mutating func deliver(_ k: Int, toTarget t: Int, balancer b: Int, group g: Int) {
        guard k > 0 else { return }
        balancers[b].groups[g].targets[t].routedSecond += k
        let i = balancers[b].groups[g].targets[t].instance
        guard hot[i].isRunning, !hot[i].isZoneDown else {
            balancers[b].groups[g].targets[t].errorsSecond += k
            fail(k, balancer: b, code: 502)
            return
        }
        if let gi = hot[i].group { groups[gi].requestsMinute += k }
        // A full accept backlog refuses connections: the load balancer answers 502.
        // Never more than this delivery: the backlog may already exceed a limit that just fell
        // (CPU stress, credits run out); requests already accepted stay queued.
        let refused = min(k, max(0, hot[i].queued + k - hot[i].backlogLimit))
        if refused > 0 {
            balancers[b].groups[g].targets[t].errorsSecond += refused
            fail(refused, balancer: b, code: 502)
        }
        let k = k - refused
        guard k > 0 else { return }
        // No backlog: this tick's requests wait in a counter, not in the cohort queue.
        if hot[i].queue.isEmpty {
            hot[i].arrivedFresh += k
        } else {
            hot[i].queue.append(tick: tick, count: k)
        }
        hot[i].queued += k
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
