import CloudSim
import Testing

/// The tiers, invalidation, cost, determinism and the per-tick cost of a distribution.
struct CloudFrontDistributionTests {
    static func hitRatio(_ ticks: ArraySlice<CloudFrontDistributionTickResult>) -> Double {
        Double(ticks.reduce(0) { $0 + $1.viewer.hits })
            / Double(max(1, ticks.reduce(0) { $0 + $1.viewer.requests }))
    }

    @Test("misses chain edge -> regional -> shield -> origin; each tier forwards no more than it received")
    func tiersReduceOriginRequests() {
        var flat = CloudFrontTestDriver(CloudFrontTestDriver.simple())
        var tiered = CloudFrontTestDriver(CloudFrontTestDriver.simple(regional: true, shield: true))
        let flatTicks = flat.run(seconds: 120, rate: [2_000]).suffix(600)
        let tieredTicks = tiered.run(seconds: 120, rate: [2_000]).suffix(600)
        for tick in tieredTicks {
            let regional = tick.regionalCaches[0]
            let shield = tick.originShield ?? EdgeCacheTickResult()
            #expect(regional.requests == tick.viewer.originRequests)
            #expect(shield.requests == regional.originRequests)
            #expect(tick.originRequests == shield.originRequests)
            #expect(tick.originRequests <= regional.requests)
        }
        let flatOrigin = flatTicks.reduce(0) { $0 + $1.originRequests }
        let tieredOrigin = tieredTicks.reduce(0) { $0 + $1.originRequests }
        #expect(
            tieredOrigin < flatOrigin / 2,
            "regional tier + shield: \(tieredOrigin) vs edge only: \(flatOrigin)")
        #expect(tieredTicks.last!.bytesSaved > 0)
    }

    @Test("invalidation empties every tier: hit ratio drops below 0.05, then recovers within 0.05 in 2 min")
    func invalidationDropsAndRecovers() {
        var driver = CloudFrontTestDriver(CloudFrontTestDriver.simple(regional: true))
        let warm = Self.hitRatio(driver.run(seconds: 120, rate: [1_000]).suffix(300))
        driver.state.invalidate()
        let after = driver.run(seconds: 120, rate: [1_000])
        #expect(after[0].hitRatio < 0.05, "right after invalidation: \(after[0].hitRatio)")
        #expect(after[0].originRequests > after[1_199].originRequests)
        let recovered = Self.hitRatio(after.suffix(300))
        #expect(abs(recovered - warm) < 0.05, "recovered \(recovered) vs warm \(warm)")
    }

    @Test(
        "per-edge hit ratios follow each edge's own rate: within 0.02 of the TTL closed form at 2,000 and 100 req/s"
    )
    func busierEdgeHitsMore() {
        var config = CloudFrontTestDriver.simple(ttl: 60)
        config.edgeCapacity = .unlimited
        config.clientRegions = [
            CloudFrontClientRegion(name: "us-east-1"),
            CloudFrontClientRegion(name: "eu-west-1", geography: .europe),
        ]
        var driver = CloudFrontTestDriver(config)
        let ticks = driver.run(seconds: 400, rate: [2_000, 100]).suffix(2_000)
        let busy = ticks.reduce(EdgeCacheTickResult()) {
            var sum = $0; sum += $1.edges[0]; return sum
        }
        let quiet = ticks.reduce(EdgeCacheTickResult()) {
            var sum = $0; sum += $1.edges[1]; return sum
        }
        // reference_values.ttl_hit_ratio(10000, 1.0, rate, 60) for rate 2,000 and 100.
        #expect(abs(busy.hitRatio - 0.9391) < 0.02, "busy edge \(busy.hitRatio) vs 0.9391")
        #expect(abs(quiet.hitRatio - 0.7087) < 0.02, "quiet edge \(quiet.hitRatio) vs 0.7087")
        #expect(driver.state.edgeRange(ofRegion: 1) == 1..<2)
        print("EDGE-FIDELITY per-edge TTL busy=\(busy.hitRatio) (0.9391) quiet=\(quiet.hitRatio) (0.7087)")
    }

    @Test("cost: bytes at the geography's per-GB rate plus $0.0075 per 10k requests")
    func costFollowsPrices() {
        var driver = CloudFrontTestDriver(CloudFrontTestDriver.simple())
        let tick = driver.run(seconds: 1, rate: [10_000]).last!
        let gigabytes = tick.bytesToViewers / CloudFrontPricing.bytesPerGB
        #expect(abs(tick.cost.dataTransfer - gigabytes * 0.085) < 1e-12)
        #expect(abs(tick.cost.requests - Double(tick.viewer.requests) / 10_000 * 0.0075) < 1e-12)
        #expect(tick.cost.originShield == 0)
    }

    @Test("same seed, same ticks; every tick balances requests = served + failed + waiting")
    func deterministicAndBalanced() {
        var first = CloudFrontTestDriver(CloudFrontTestDriver.simple(regional: true, shield: true), seed: 9)
        var second = CloudFrontTestDriver(CloudFrontTestDriver.simple(regional: true, shield: true), seed: 9)
        let a =
            first.run(seconds: 30, rate: [3_000])
            + first.run(seconds: 30, rate: [3_000], origin: .init(primary: .unreachable))
        let b =
            second.run(seconds: 30, rate: [3_000])
            + second.run(seconds: 30, rate: [3_000], origin: .init(primary: .unreachable))
        #expect(a == b)
        #expect(first.state == second.state)
        #expect(a.allSatisfy { $0.viewer.requests == $0.servedNow + $0.failedNow + $0.waitingOnOrigin })
    }
}
