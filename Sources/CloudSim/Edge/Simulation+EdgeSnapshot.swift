extension Simulation {
    /// Route 53 zones for the snapshot, with their client populations.
    func route53Snapshots() -> [Route53Snapshot] {
        zones53.indices.map { z in
            var snapshot = zones53[z].snapshot()
            snapshot.populations = populationOwners[z].indices.map { p in
                let owner = populationOwners[z][p]
                var population = DNSPopulationSnapshot(
                    queryName: zones53[z].populations[p].queryName, source: sources[owner.source].config.name,
                    region: sourceRoutes[owner.source].regionNames[owner.region],
                    answer: zones53[z].answerLabel(population: p),
                    resolverShares: zones53[z].resolverShares(population: p).map {
                        RecordShare(record: $0.record, share: $0.share)
                    },
                    staleTTLRemaining: zones53[z].staleTTLRemaining(population: p, tick: tick),
                    ttlSeconds: zones53[z].answerTTL(population: p))
                population.hasAnswer = zones53[z].hasAnswer(population: p)
                return population
            }
            for c in snapshot.healthChecks.indices where forcedFailingChecks.contains(snapshot.healthChecks[c].id) {
                snapshot.healthChecks[c].isForcedFailing = true
            }
            return snapshot
        }
    }

    /// Distributions for the snapshot (figures of the last complete second).
    func cloudFrontSnapshots() -> [CloudFrontSnapshot] {
        distributions.map { runtime in
            let last = runtime.last
            let requests = last.viewer.requests + last.uncached
            let share = { (part: Int) in requests > 0 ? Double(part) / Double(requests) : 0 }
            var edges: [CloudFrontEdgeSnapshot] = []
            if let cache = runtime.cache {
                for (r, region) in runtime.config.clientRegions.enumerated() {
                    for (k, e) in cache.edgeRange(ofRegion: r).enumerated() {
                        let result = e < last.edges.count ? last.edges[e] : EdgeCacheTickResult()
                        let edge = cache.edges[e]
                        edges.append(
                            CloudFrontEdgeSnapshot(
                                region: region.name, index: k, requestsPerSecond: Double(result.requests),
                                hitRatio: result.hitRatio,
                                fill: edge.capacity.limit.map { $0 > 0 ? min(1, edge.occupancy / $0) : 1 }))
                    }
                }
            }
            let origin: String
            switch runtime.config.origin {
            case .origin(let name): origin = name
            case .group(let primary, let secondary): origin = "\(primary) -> \(secondary)"
            }
            var snapshot = CloudFrontSnapshot(
                name: runtime.config.name, origin: origin, originStatus: runtime.status,
                requestsPerSecond: Double(requests), hitRatio: share(last.viewer.hits),
                cacheHitRate: share(last.viewer.hits + last.viewer.refreshHits),
                hitRatioHistory: runtime.hitRatioHistory.values,
                originRequestsPerSecond: Double(last.originRequests), originBytesPerSecond: last.originBytes,
                bytesServedPerSecond: last.viewer.bytesServed, bytesSavedTotal: runtime.bytesSavedTotal,
                errorRate: share(last.failed), waitingOnOrigin: runtime.waiting, uncachedShare: runtime.uncachedShare,
                edges: edges, invalidations: runtime.invalidations)
            snapshot.bytesFromCachePerSecond = last.viewer.bytesFromCache
            snapshot.primaryOrigin = runtime.config.origin.primaryName
            if case .group(_, let secondary) = runtime.config.origin { snapshot.secondaryOrigin = secondary }
            snapshot.costTotal = runtime.cost
            return snapshot
        }
    }

    /// Buckets for the snapshot.
    func bucketSnapshots() -> [BucketSnapshot] {
        buckets.indices.map { k in
            BucketSnapshot(
                name: buckets[k].config.name, region: buckets[k].config.region,
                requestsPerSecond: buckets[k].rps, isReachable: bucketCondition(k) != .unreachable,
                isFailing: bucketCondition(k) == .serverErrors)
        }
    }
}
