extension Simulation {
    /// Closes a second for the edge: latches each distribution's and bucket's figures,
    /// extends the hit-ratio history and charges CloudFront and Route 53.
    mutating func recordEdgeSecond(span: Double) {
        var cloudFrontCost = 0.0
        for d in distributions.indices {
            var last = DistributionSecond()
            last.viewer = distributions[d].viewerSecond
            last.edges = distributions[d].edgesSecond
            last.uncached = distributions[d].uncachedSecond
            last.originRequests = distributions[d].originRequestsSecond
            last.originBytes = distributions[d].originBytesSecond
            last.failed = distributions[d].failedSecond
            let requests = last.viewer.requests + last.uncached
            distributions[d].hitRatioHistory.append(requests > 0 ? Double(last.viewer.hits) / Double(requests) : 0)
            distributions[d].bytesSavedTotal += max(0, last.viewer.bytesServed - last.originBytes)
            // Uncached requests are billed as requests (their bytes are the origin's).
            let uncachedCost = Double(last.uncached) / 10_000 * CloudFrontPricing.httpsPer10kRequests
            distributions[d].cost += distributions[d].costSecond + uncachedCost
            cloudFrontCost += distributions[d].costSecond + uncachedCost
            distributions[d].last = last
            distributions[d].viewerSecond = EdgeCacheTickResult()
            for e in distributions[d].edgesSecond.indices { distributions[d].edgesSecond[e] = EdgeCacheTickResult() }
            distributions[d].uncachedSecond = 0
            distributions[d].originRequestsSecond = 0
            distributions[d].originBytesSecond = 0
            distributions[d].failedSecond = 0
            distributions[d].costSecond = 0
        }
        for k in buckets.indices {
            buckets[k].rps = Double(buckets[k].servedSecond) / span
            buckets[k].served += buckets[k].servedSecond
            buckets[k].servedSecond = 0
        }
        var route53Cost = 0.0
        for z in zones53.indices {
            let billed = zones53[z].metrics.billableQueries
            route53Cost += Route53Pricing.cost(
                zone: zones53[z].zone, seconds: span, billableQueries: billed - route53Billed[z])
            route53Billed[z] = billed
        }
        bill.accrueEdge(seconds: span, cloudFront: cloudFrontCost, route53: route53Cost)
    }
}
