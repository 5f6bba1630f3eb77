import CloudSim
import Testing

/// The static-website benchmark model: its per-tick work does not depend on the request rate.
struct CloudFrontBenchmarkTests {
    /// Mean work units per tick over the second half of a 120 s run at `scale` x 1M req/s,
    /// with caches small enough (1,000 objects per edge, 5,000 per regional cache) to fill
    /// even at 1k req/s, so both rates run the eviction solver.
    static func meanWork(scale: Double) -> Double {
        var config = CloudFrontBenchmark.staticWebsite()
        config.edgeCapacity = .objects(1_000)
        config.regionalEdgeCacheCapacity = .objects(5_000)
        var state = CloudFrontDistributionState(config: config)
        var random = SimRandom(seed: 4)
        let perTick = CloudFrontBenchmark.staticWebsiteRates.map { Int(($0 * scale * 0.1).rounded()) }
        let ticks = (0..<1_200).map { _ in
            state.step(requestsByRegion: perTick, dt: 0.1, originHealthy: true, random: &random).work
        }
        #expect(state.edges.allSatisfy { $0.characteristicTime != nil }, "edges full at \(scale)")
        #expect(state.regionalCaches.allSatisfy { $0.characteristicTime != nil }, "regional caches full")
        return Double(ticks.suffix(600).reduce(0, +)) / 600
    }

    @Test("static website, 1M objects: work per tick at 1M req/s within a factor 1.3 of 1k req/s")
    func workIndependentOfRate() {
        let fast = Self.meanWork(scale: 1)
        let slow = Self.meanWork(scale: 0.001)
        let ratio = max(fast, slow) / min(fast, slow)
        let classes = CloudFrontDistributionState(config: CloudFrontBenchmark.staticWebsite()).classes.count
        #expect(ratio < 1.3, "work per tick: 1M/s \(fast), 1k/s \(slow), ratio \(ratio)")
        #expect(fast <= Double(6 * classes * 20), "6 caches x \(classes) classes bound the work: \(fast)")
        print("EDGE-COST distribution classes=\(classes) work/tick 1M=\(fast) 1k=\(slow) ratio=\(ratio)")
    }

    @Test("the benchmark helper runs and reports simulated seconds per wall second")
    func benchmarkRuns() {
        let result = CloudFrontBenchmark.staticWebsiteResult(seconds: 10)
        #expect(result.simulatedSeconds == 10)
        #expect(result.realTimeFactor > 0 && result.realTimeFactor.isFinite)
        #expect(result.line.hasPrefix("cloudfront-static-1M"))
        print("EDGE-BENCH \(result.line)")
    }
}
