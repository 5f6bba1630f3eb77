extension Simulation {
    /// CloudFront stage: each distribution answers its viewers from its caches; uncached
    /// requests and cache fetches go on to the origin that answers (primary or secondary).
    mutating func serveEdge() {
        for d in distributions.indices { serveDistribution(d) }
    }

    private mutating func serveDistribution(_ d: Int) {
        let health = originHealth(d)
        let primaryUp = health.primary == .healthy
        let failsOver =
            health.primary == .unreachable || distributions[d].config.failoverStatusCodes.contains(health.primaryStatus)
        let secondaryUp = distributions[d].secondary != nil && health.secondary == .healthy && failsOver
        let answering = primaryUp ? distributions[d].primary : (secondaryUp ? distributions[d].secondary : nil)
        distributions[d].status =
            primaryUp ? .healthy : secondaryUp ? .failedOver : health.primary == .unreachable ? .unreachable : .serverErrors
        let rate = distributions[d].viewerRate.reduce(0, +)
        let failMillis =
            health.primary == .unreachable
            ? distributions[d].config.originConnection.giveUpSeconds * 1000 : distributions[d].config.edgeLatencyMillis
        passUncached(d, rate: rate * distributions[d].uncachedShare, to: answering, failMillis: failMillis)
        guard distributions[d].cache != nil else {
            clearViewers(d)
            return
        }
        let rtt = (
            primary: meanRTT(distributions[d].primaryRTT, weights: distributions[d].viewer),
            secondary: meanRTT(distributions[d].secondaryRTT, weights: distributions[d].viewer)
        )
        swap(&scratchCounts, &distributions[d].viewer)
        let result = distributions[d].cache?.step(
            requestsByRegion: scratchCounts, dt: tickSeconds, origin: health, random: &random)
        swap(&scratchCounts, &distributions[d].viewer)
        clearViewers(d)
        guard let result else { return }
        account(result, distribution: d, originRTT: result.usedSecondaryOrigin ? rtt.secondary : rtt.primary)
        let fetchedFrom = result.usedSecondaryOrigin ? distributions[d].secondary : distributions[d].primary
        let fetchRate = Double(result.originRequests) / tickSeconds
        distributions[d].originFetchRate += 0.1 * (fetchRate - distributions[d].originFetchRate)
        if let origin = fetchedFrom, endpointCondition(origin) == .healthy {
            sendFetches(
                result.originRequests, rate: distributions[d].originFetchRate, path: distributions[d].cachedPath,
                to: origin)
        }
    }

    /// Splits off the requests of behaviours with caching disabled and sends them to the
    /// origin as they are (they stay client requests); with no origin answering they fail
    /// (after the connection timeouts when the origin is unreachable).
    private mutating func passUncached(_ d: Int, rate: Double, to origin: EdgeEndpoint?, failMillis: Double) {
        let share = distributions[d].uncachedShare
        guard share > 0 else { return }
        var n = 0
        for i in distributions[d].viewer.indices where distributions[d].viewer[i] > 0 {
            let k = share >= 1 ? distributions[d].viewer[i] : random.binomial(distributions[d].viewer[i], share)
            distributions[d].viewer[i] -= k
            n += k
        }
        distributions[d].uncachedSecond += n
        distributions[d].originRequestsSecond += n
        guard let origin else {
            countFailed(n)
            distributions[d].failedSecond += n
            edgeHistogramSecond.record(failMillis, weight: Double(n))
            return
        }
        switch origin {
        case .balancer(let b):
            let paths = distributions[d].uncachedPaths
            let weights = distributions[d].uncachedWeights
            if paths.count == 1 {
                sendToBalancer(n, rate: rate, path: paths[0], balancer: b)
            } else {
                random.multinomial(n, weights: weights, into: &scratchSplit)
                let counts = scratchSplit
                let total = weights.reduce(0, +)
                for (k, path) in paths.enumerated() {
                    sendToBalancer(counts[k], rate: rate * weights[k] / max(total, 1e-12), path: path, balancer: b)
                }
            }
        case .bucket(let k):
            let rtt = origin == distributions[d].primary ? distributions[d].primaryRTT : distributions[d].secondaryRTT
            serveClients(n, atBucket: k, roundTripMillis: meanRTT(rtt, weights: distributions[d].viewer))
        default:
            countFailed(n)
        }
    }

    /// Client requests for `path` into a load balancer.
    private mutating func sendToBalancer(_ n: Int, rate: Double, path: String, balancer b: Int) {
        let rule = balancers[b].rules.firstIndex { $0.matches(path: path, host: "") } ?? 0
        offerRate(rate, balancer: b, rule: rule)
        guard n > 0 else { return }
        balancers[b].arrivalsSecond += n
        forward(n, balancer: b, rule: rule)
    }

    /// CloudFront's own fetches to its origin: a load balancer serves them like any request
    /// (they are not client requests); a bucket just counts them.
    private mutating func sendFetches(_ n: Int, rate: Double, path: String, to origin: EdgeEndpoint) {
        switch origin {
        case .balancer(let b):
            totals.internalArrived += n
            sendToBalancer(n, rate: rate, path: path, balancer: b)
        case .bucket(let k):
            buckets[k].servedSecond += n
        default:
            break
        }
    }

    private mutating func clearViewers(_ d: Int) {
        for i in distributions[d].viewer.indices {
            distributions[d].viewer[i] = 0
            distributions[d].viewerRate[i] = 0
        }
    }

    /// Counts a tick's viewer outcomes and their latencies (edge; edge + round trip to the
    /// origin + origin for misses), and adds to the second's sums.
    private mutating func account(_ r: CloudFrontDistributionTickResult, distribution d: Int, originRTT: Double) {
        countSucceeded(r.servedNow + r.servedAfterWait + r.staleAfterWait)
        countFailed(r.failedNow + r.failedAfterWait)
        distributions[d].waiting = r.inFlight
        let edge = distributions[d].config.edgeLatencyMillis
        let fetchFrom = r.usedSecondaryOrigin ? distributions[d].secondary : distributions[d].primary
        // Not `fetchFrom.map(endpointLatencyMillis)`: a method reference copies the whole simulation.
        var origin = originRTT
        if let endpoint = fetchFrom { origin += endpointLatencyMillis(endpoint) }
        let wait = r.originWaitSeconds * 1000
        let fromCache = r.viewer.hits + r.viewer.cachedErrors
        let viaOrigin = max(0, r.viewer.requests - fromCache - r.waitingOnOrigin)
        let waited = r.servedAfterWait + r.staleAfterWait + r.failedAfterWait
        edgeHistogramSecond.record(edge, weight: Double(fromCache))
        edgeHistogramSecond.record(edge + origin, weight: Double(viaOrigin))
        edgeHistogramSecond.record(edge + origin + max(wait, distributions[d].config.originConnection.giveUpSeconds * 1000), weight: Double(waited))
        distributions[d].viewerSecond += r.viewer
        for e in r.edges.indices { distributions[d].edgesSecond[e] += r.edges[e] }
        distributions[d].originRequestsSecond += r.originRequests
        distributions[d].originBytesSecond += r.originBytes
        distributions[d].failedSecond += r.failedNow + r.failedAfterWait
        distributions[d].costSecond += r.cost.total
    }

    /// Round trip averaged over client regions, weighted by their requests.
    private func meanRTT(_ rtt: [Double], weights: [Int]) -> Double {
        var sum = 0.0
        var n = 0
        for (i, w) in weights.enumerated() where i < rtt.count {
            sum += rtt[i] * Double(w)
            n += w
        }
        return n > 0 ? sum / Double(n) : 0
    }
}
