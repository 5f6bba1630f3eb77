import CloudSim

/// Drives caches in tests: a steady request rate, a seeded generator, totals over a window.
enum EdgeTestSupport {
    /// Steps `cache` for `warmup` then `seconds` simulated seconds at `rate` requests per
    /// second (ticks of `dt`), returning the totals of the measured part.
    static func run(
        _ cache: inout EdgeCache, rate: Double, warmup: Double, seconds: Double, dt: Double = 0.1,
        seed: UInt64 = 1
    ) -> EdgeCacheTickResult {
        var random = SimRandom(seed: seed)
        var demand = EdgeCacheDemand(classCount: cache.classes.count)
        var total = EdgeCacheTickResult()
        let perTick = Int((rate * dt).rounded())
        let warmTicks = Int((warmup / dt).rounded())
        let ticks = warmTicks + Int((seconds / dt).rounded())
        for tick in 0..<ticks {
            demand.split(perTick, over: cache.classes, random: &random)
            let result = cache.step(demand, dt: dt, random: &random)
            if tick >= warmTicks { total += result }
        }
        return total
    }

    /// A catalogue of `objects` objects with Zipf exponent `alpha` and 1 kB objects.
    static func catalogue(_ objects: Int = 10_000, alpha: Double) -> EdgeCatalogueConfig {
        EdgeCatalogueConfig(objectCount: objects, zipfExponent: alpha, meanObjectBytes: 1_000)
    }
}
