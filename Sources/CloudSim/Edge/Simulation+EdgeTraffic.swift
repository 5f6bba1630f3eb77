extension Simulation {
    /// Draws the arrivals of a source that targets the edge (a DNS name, a distribution or a
    /// bucket) and hands each client region's share to its endpoint.
    mutating func generateEdgeTraffic(source s: Int, rate: Double) {
        guard let endpoint = sourceRoutes[s].endpoint else {
            if messaging.isActive { generateMessagingTraffic(source: s, rate: rate) }
            return
        }
        let n = random.poisson(mean: rate * tickSeconds)
        countArrived(n)
        let weights = sourceRoutes[s].regionWeights
        if weights.count == 1 {
            deliverFromSource(n, rate: rate, source: s, region: 0, endpoint: endpoint)
            return
        }
        random.multinomial(n, weights: weights, into: &scratchCounts)
        let counts = scratchCounts
        for (r, k) in counts.enumerated() {
            deliverFromSource(k, rate: rate * weights[r], source: s, region: r, endpoint: endpoint)
        }
    }

    /// Client requests counted as arrived (the headline request rate).
    mutating func countArrived(_ n: Int) {
        totals.arrived += n
        interval.arrived += n
        second.arrived += n
    }

    /// Client requests answered successfully outside the compute tier (edge, bucket).
    mutating func countSucceeded(_ n: Int) {
        totals.succeeded += n
        interval.succeeded += n
        second.succeeded += n
    }

    private mutating func deliverFromSource(_ n: Int, rate: Double, source s: Int, region r: Int, endpoint: EdgeEndpoint) {
        if case .dns(let z) = endpoint {
            let p = sourceRoutes[s].populations[r]
            dnsRequests[z][p] += n
            dnsRates[z][p] += rate
            return
        }
        deliver(n, rate: rate, source: s, region: r, to: endpoint)
    }

    /// Sends `n` client requests (expected `rate` per second) of source `s` from client region
    /// `r` to an endpoint a name resolved to.
    mutating func deliver(_ n: Int, rate: Double, source s: Int, region r: Int, to endpoint: EdgeEndpoint) {
        switch endpoint {
        case .balancer(let b):
            guard !isBalancerDown(b) else {
                countFailed(n)
                edgeHistogramSecond.record(connectTimeoutMillis, weight: Double(n))
                return
            }
            forwardClasses(
                n, rate: rate, balancer: b, rules: sourceRoutes[s].rulesByBalancer[b], weights: sources[s].classWeights)
        case .distribution(let d):
            let i = sourceRoutes[s].distributionRegions[r][d]
            distributions[d].viewer[i] += n
            distributions[d].viewerRate[i] += rate
        case .bucket(let k):
            serveClients(n, atBucket: k, roundTripMillis: sourceRoutes[s].bucketRTT[r][k])
        case .dns:
            countFailed(n)  // a record aliasing another record resolves inside Route 53
        }
    }

    /// Client requests sent straight to a bucket: answered after the network round trip and
    /// its latency, or failed when its region is out or a fault makes it answer 5xx.
    mutating func serveClients(_ n: Int, atBucket k: Int, roundTripMillis: Double) {
        guard n > 0 else { return }
        switch bucketCondition(k) {
        case .healthy:
            buckets[k].servedSecond += n
            countSucceeded(n)
            edgeHistogramSecond.record(roundTripMillis + bucketLatencyMillis(k), weight: Double(n))
        case .serverErrors:
            countFailed(n)
            edgeHistogramSecond.record(roundTripMillis + bucketLatencyMillis(k), weight: Double(n))
        case .unreachable:
            countFailed(n)
            edgeHistogramSecond.record(connectTimeoutMillis, weight: Double(n))
        }
    }
}
