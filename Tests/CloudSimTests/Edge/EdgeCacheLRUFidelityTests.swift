import CloudSim
import Testing

/// An edge cache with no expiry behaves as LRU: its long-run hit ratio must match Che's
/// approximation under Zipf popularity.
struct EdgeCacheLRUFidelityTests {
    /// One case: Zipf exponent, capacity in objects, and Che's hit ratio for a 10,000-object
    /// catalogue as printed by `python3 ../shared/tools/reference_values.py` (per-object sums).
    struct Case: Sendable, CustomStringConvertible {
        let alpha: Double
        let capacity: Int
        let che: Double
        var description: String { "alpha=\(alpha) C=\(capacity)" }
    }

    static let cases = [
        Case(alpha: 0.8, capacity: 100, che: 0.1566), Case(alpha: 0.8, capacity: 1_000, che: 0.4367),
        Case(alpha: 1.0, capacity: 100, che: 0.3905), Case(alpha: 1.0, capacity: 1_000, che: 0.6756),
        Case(alpha: 1.2, capacity: 100, che: 0.6563), Case(alpha: 1.2, capacity: 1_000, che: 0.8614),
    ]

    @Test("LRU edge hit ratio within 0.02 of Che (10,000 objects, capacity 1% and 10%)", arguments: cases)
    func lruHitRatioMatchesChe(_ test: Case) {
        let classes = EdgePopularityClasses(catalogue: EdgeTestSupport.catalogue(alpha: test.alpha))
        var cache = EdgeCache(classes: classes, capacity: .objects(test.capacity))
        let total = EdgeTestSupport.run(&cache, rate: 100, warmup: 300, seconds: 1_000)
        let error = total.hitRatio - test.che
        #expect(abs(error) < 0.02, "\(test): hit ratio \(total.hitRatio) vs Che \(test.che) (error \(error))")
        #expect(abs(cache.cachedObjects - Double(test.capacity)) < 1e-6 * Double(test.capacity))
        print("EDGE-FIDELITY LRU \(test) sim=\(total.hitRatio) che=\(test.che) error=\(error)")
    }

    @Test("LRU hit ratio is the same at 1k and 1M requests/s within 0.02 (LRU ignores timing)")
    func lruHitRatioIgnoresRate() {
        let classes = EdgePopularityClasses(catalogue: EdgeTestSupport.catalogue(alpha: 1.0))
        var slow = EdgeCache(classes: classes, capacity: .objects(1_000))
        var fast = slow
        let slowTotal = EdgeTestSupport.run(&slow, rate: 1_000, warmup: 60, seconds: 120)
        let fastTotal = EdgeTestSupport.run(&fast, rate: 1_000_000, warmup: 10, seconds: 20)
        #expect(abs(slowTotal.hitRatio - 0.6756) < 0.02, "1k/s: \(slowTotal.hitRatio) vs Che 0.6756")
        #expect(abs(fastTotal.hitRatio - 0.6756) < 0.02, "1M/s: \(fastTotal.hitRatio) vs Che 0.6756")
        print("EDGE-FIDELITY LRU rate 1k=\(slowTotal.hitRatio) 1M=\(fastTotal.hitRatio) che=0.6756")
    }
}
