extension CloudFrontDistributionState {
    /// Steps every cache bottom-up (edges, regional caches, shield), filling `result`, and
    /// returns the estimated number of viewer requests whose fetch reached the origin.
    mutating func stepTiers(
        requestsByRegion: [Int], dt: Double, resolution: CloudFrontOriginResolution,
        result: inout CloudFrontDistributionTickResult, random: inout SimRandom
    ) -> Double {
        // Errors are cached once answered; an unreachable origin answers only after its timeouts.
        let cachesErrors = resolution.isAvailable || resolution.waitSeconds == 0
        let servesStale = result.servesStale
        func side(_ availability: [Double]?) -> EdgeUpstream {
            EdgeUpstream(availability: availability, servesStale: servesStale, cachesErrors: cachesErrors)
        }
        let originSide = side(resolution.isAvailable ? nil : Array(repeating: 0, count: classes.count))
        var regionalSide = originSide
        if let shield = originShield, originSide.availability != nil || !shield.errorEntries.isEmpty {
            shield.servableFraction(through: originSide, into: &shieldServable)
            regionalSide = side(shieldServable)
        }
        for index in regionalDemand.indices { regionalDemand[index].reset() }
        shieldDemand.reset()
        originDemand.reset()
        result.edges.reserveCapacity(edges.count)
        var beyondRegional = 0.0
        for region in config.clientRegions.indices {
            let requests = region < requestsByRegion.count ? max(0, requestsByRegion[region]) : 0
            var edgeSide = regionalSide
            let hasRegional = !regionalCaches.isEmpty
            if hasRegional, regionalSide.availability != nil || !regionalCaches[region].errorEntries.isEmpty {
                regionalCaches[region].servableFraction(
                    through: regionalSide, into: &regionalServable[region])
                edgeSide = side(regionalServable[region])
            }
            random.multinomial(requests, weights: edgeWeights[region], into: &edgeSplit)
            var regionResult = EdgeCacheTickResult()
            for (offset, index) in edgeRange(ofRegion: region).enumerated() {
                edgeDemand.split(edgeSplit[offset], over: classes, random: &random)
                let tier: EdgeCacheTickResult
                if hasRegional {
                    tier = edges[index].step(
                        edgeDemand, dt: dt, upstream: edgeSide, forwardingTo: &regionalDemand[region],
                        random: &random)
                } else if originShield != nil {
                    tier = edges[index].step(
                        edgeDemand, dt: dt, upstream: edgeSide, forwardingTo: &shieldDemand, random: &random)
                } else {
                    tier = edges[index].step(
                        edgeDemand, dt: dt, upstream: edgeSide, forwardingTo: &originDemand, random: &random)
                    result.originBytes += tier.bytesFromOrigin
                }
                result.edges.append(tier)
                regionResult += tier
            }
            result.viewer += regionResult
            result.cost += CloudFrontTickCost.viewers(
                bytes: regionResult.bytesServed, requests: regionResult.requests,
                geography: config.clientRegions[region].geography, priceClass: config.priceClass)
            var forwarded = Double(regionResult.misses + regionResult.refreshHits)
            if hasRegional {
                let tier: EdgeCacheTickResult
                if originShield != nil {
                    tier = regionalCaches[region].step(
                        regionalDemand[region], dt: dt, upstream: regionalSide, forwardingTo: &shieldDemand,
                        random: &random)
                } else {
                    tier = regionalCaches[region].step(
                        regionalDemand[region], dt: dt, upstream: regionalSide, forwardingTo: &originDemand,
                        random: &random)
                    result.originBytes += tier.bytesFromOrigin
                }
                result.regionalCaches.append(tier)
                forwarded *= Self.forwardedShare(tier)
            }
            beyondRegional += forwarded
        }
        if originShield != nil {
            let tier = originShield!.step(
                shieldDemand, dt: dt, upstream: originSide, forwardingTo: &originDemand, random: &random)
            result.originShield = tier
            result.originBytes += tier.bytesFromOrigin
            result.cost.originShield =
                Double(tier.requests) / 10_000 * CloudFrontPricing.originShieldPer10kRequests
            beyondRegional *= Self.forwardedShare(tier)
        }
        result.originRequests = originDemand.total
        return beyondRegional
    }

    /// Share of a tier's requests it had to pass upstream (misses and revalidations).
    static func forwardedShare(_ tier: EdgeCacheTickResult) -> Double {
        tier.requests > 0 ? Double(tier.misses + tier.refreshHits) / Double(tier.requests) : 0
    }
}
