import CloudSim
import Testing

/// Invalidation, collapsing, TTL semantics, byte capacities and determinism of one cache.
struct EdgeCacheBehaviourTests {
    static let dt = 0.1

    /// Steps `cache` one tick with `requests` requests drawn from its catalogue.
    static func tick(_ cache: inout EdgeCache, _ requests: Int, _ random: inout SimRandom)
        -> EdgeCacheTickResult
    {
        let demand = EdgeCacheDemand.split(requests, over: cache.classes, random: &random)
        return cache.step(demand, dt: dt, random: &random)
    }

    /// Per-second totals over `seconds` seconds at `rate` requests per second.
    static func seconds(
        _ cache: inout EdgeCache, _ seconds: Int, rate: Int, _ random: inout SimRandom
    ) -> [EdgeCacheTickResult] {
        (0..<seconds).map { _ in
            var second = EdgeCacheTickResult()
            for _ in 0..<10 { second += tick(&cache, rate / 10, &random) }
            return second
        }
    }

    @Test("invalidation drops the hit ratio to ~0 (< 0.02) and it recovers within 0.03 in 60 s")
    func invalidationDropsThenWarmsUp() {
        var cache = EdgeCache(
            classes: EdgePopularityClasses(catalogue: EdgeTestSupport.catalogue(alpha: 1.0)),
            capacity: .objects(1_000))
        var random = SimRandom(seed: 7)
        let before = Self.seconds(&cache, 120, rate: 1_000, &random).suffix(30)
        let warm = Double(before.map(\.hits).reduce(0, +)) / Double(before.map(\.requests).reduce(0, +))
        cache.invalidate()
        #expect(cache.cachedObjects == 0)
        let first = Self.tick(&cache, 100, &random)
        #expect(first.hitRatio < 0.02, "first tick after invalidation: \(first.hitRatio)")
        let after = Self.seconds(&cache, 60, rate: 1_000, &random)
        #expect(after[0].hitRatio < warm - 0.1, "first second \(after[0].hitRatio) vs warm \(warm)")
        #expect(
            after[0].hitRatio < after[9].hitRatio, "warming up: \(after[0].hitRatio) -> \(after[9].hitRatio)")
        let recovered = after.suffix(20)
        let late = Double(recovered.map(\.hits).reduce(0, +)) / Double(recovered.map(\.requests).reduce(0, +))
        #expect(abs(late - warm) < 0.03, "recovered \(late) vs warm \(warm)")
    }

    @Test("request collapsing: origin requests <= misses + refresh hits, one per object per tick")
    func collapsingKeepsOriginRequestsBelowMisses() {
        let catalogue = EdgeCatalogueConfig(objectCount: 100, zipfExponent: 0.8, meanObjectBytes: 1_000)
        var cache = EdgeCache(
            classes: EdgePopularityClasses(catalogue: catalogue, ttl: 5), capacity: .objects(50))
        var random = SimRandom(seed: 3)
        let first = Self.tick(&cache, 100_000, &random)
        #expect(first.misses == 100_000)
        #expect(
            first.originRequests <= 100, "cold tick: \(first.originRequests) origin requests for 100 objects")
        #expect(first.originRequests >= 95, "cold tick touches nearly every object: \(first.originRequests)")
        for _ in 0..<600 {
            let result = Self.tick(&cache, 100_000, &random)
            #expect(result.originRequests <= result.misses + result.refreshHits)
            #expect(result.originRequests <= 100)
        }
    }

    @Test("hits do not extend the TTL: refresh share within 0.01 of 1/(1+rT) for one object")
    func hitsDoNotExtendTTL() {
        let catalogue = EdgeCatalogueConfig(objectCount: 1, zipfExponent: 0, meanObjectBytes: 1_000)
        var cache = EdgeCache(
            classes: EdgePopularityClasses(catalogue: catalogue, ttl: 10), capacity: .unlimited)
        var random = SimRandom(seed: 11)
        var total = EdgeCacheTickResult()
        for _ in 0..<100_000 { total += Self.tick(&cache, random.poisson(mean: 0.1), &random) }
        let refreshShare = Double(total.refreshHits) / Double(total.requests)
        #expect(
            abs(refreshShare - 1.0 / 11) < 0.01, "refresh share \(refreshShare) vs 1/(1+rT) = \(1.0 / 11)")
        #expect(total.misses == 1)
    }

    @Test("a byte capacity holds the same objects as the equal object capacity (uniform sizes)")
    func byteCapacityMatchesObjectCapacity() {
        let classes = EdgePopularityClasses(catalogue: EdgeTestSupport.catalogue(alpha: 0.8))
        var byObjects = EdgeCache(classes: classes, capacity: .objects(500))
        var byBytes = EdgeCache(classes: classes, capacity: .bytes(500 * 1_000))
        let objects = EdgeTestSupport.run(&byObjects, rate: 500, warmup: 100, seconds: 100)
        let bytes = EdgeTestSupport.run(&byBytes, rate: 500, warmup: 100, seconds: 100)
        #expect(objects == bytes)
        #expect(abs(byBytes.cachedBytes - 500_000) < 1e-3)
    }

    @Test("same seed, same results; another seed, other results")
    func deterministic() {
        let classes = EdgePopularityClasses(catalogue: EdgeTestSupport.catalogue(alpha: 1.0), ttl: 30)
        var first = EdgeCache(classes: classes, capacity: .objects(300))
        var second = first
        var third = first
        let a = EdgeTestSupport.run(&first, rate: 2_000, warmup: 0, seconds: 60, seed: 5)
        let b = EdgeTestSupport.run(&second, rate: 2_000, warmup: 0, seconds: 60, seed: 5)
        let c = EdgeTestSupport.run(&third, rate: 2_000, warmup: 0, seconds: 60, seed: 6)
        #expect(a == b)
        #expect(first == second)
        #expect(a != c)
    }
}
