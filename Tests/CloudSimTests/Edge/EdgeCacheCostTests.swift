import CloudSim
import Testing

/// A tick's cost depends on the number of popularity classes, not on the request rate or the
/// catalogue size (counted in work units, never wall time).
struct EdgeCacheCostTests {
    /// Mean work per tick of a 1M-object cache (1% capacity, TTL 60 s) at `rate` requests/s.
    static func meanWork(rate: Double) -> (work: Double, classes: Int) {
        let catalogue = EdgeCatalogueConfig(
            objectCount: 1_000_000, zipfExponent: 0.8, meanObjectBytes: 50_000)
        let classes = EdgePopularityClasses(catalogue: catalogue, ttl: 60)
        var cache = EdgeCache(classes: classes, capacity: .objects(10_000))
        var random = SimRandom(seed: 2)
        var demand = EdgeCacheDemand(classCount: classes.count)
        var work = 0
        let ticks = 600
        for tick in 0..<(ticks * 2) {
            demand.split(Int(rate * 0.1), over: classes, random: &random)
            _ = cache.step(demand, dt: 0.1, random: &random)
            if tick >= ticks { work += cache.lastTickWork }
        }
        return (Double(work) / Double(ticks), classes.count)
    }

    @Test("1M objects: work per tick at 1M req/s is within a factor 1.3 of 1k req/s")
    func tickCostIndependentOfRate() {
        let slow = Self.meanWork(rate: 1_000)
        let fast = Self.meanWork(rate: 1_000_000)
        let ratio = max(fast.work, slow.work) / min(fast.work, slow.work)
        #expect(ratio < 1.3, "work per tick: 1k/s \(slow.work), 1M/s \(fast.work), ratio \(ratio)")
        #expect(slow.classes <= 200, "1M objects fold into \(slow.classes) classes")
        #expect(fast.work <= Double(fast.classes * 20), "work \(fast.work) vs \(fast.classes) classes")
        print("EDGE-COST classes=\(slow.classes) work/tick 1k=\(slow.work) 1M=\(fast.work) ratio=\(ratio)")
    }
}
