import CloudSim
import Testing

/// A cache without a capacity limit keeps every copy, and a copy is fresh for the TTL after
/// it was fetched or revalidated (hits do not extend it): object i is a Hit with probability
/// `r_i T / (1 + r_i T)`.
struct EdgeCacheTTLFidelityTests {
    /// One case: Zipf exponent, TTL in seconds, and the TTL-cache hit ratio for 10,000 objects
    /// at 100 requests/s as printed by `python3 ../shared/tools/reference_values.py`.
    struct Case: Sendable, CustomStringConvertible {
        let alpha: Double
        let ttl: Double
        let closedForm: Double
        var description: String { "alpha=\(alpha) TTL=\(Int(ttl))s" }
    }

    static let cases = [
        Case(alpha: 0.8, ttl: 10, closedForm: 0.3327), Case(alpha: 0.8, ttl: 60, closedForm: 0.5753),
        Case(alpha: 0.8, ttl: 600, closedForm: 0.8782), Case(alpha: 1.0, ttl: 10, closedForm: 0.5311),
        Case(alpha: 1.0, ttl: 60, closedForm: 0.7087), Case(alpha: 1.0, ttl: 600, closedForm: 0.9012),
    ]

    @Test("TTL cache hit ratio within 0.02 of sum p r T/(1+rT) at 100 req/s", arguments: cases)
    func ttlHitRatioMatchesClosedForm(_ test: Case) {
        let classes = EdgePopularityClasses(
            catalogue: EdgeTestSupport.catalogue(alpha: test.alpha), ttl: test.ttl)
        var cache = EdgeCache(classes: classes, capacity: .unlimited)
        let total = EdgeTestSupport.run(
            &cache, rate: 100, warmup: 3 * test.ttl + 100, seconds: max(600, 2 * test.ttl))
        let error = total.hitRatio - test.closedForm
        #expect(
            abs(error) < 0.02, "\(test): hit ratio \(total.hitRatio) vs \(test.closedForm) (error \(error))")
        #expect(total.hits + total.refreshHits + total.misses == total.requests)
        print("EDGE-FIDELITY TTL \(test) sim=\(total.hitRatio) closed=\(test.closedForm) error=\(error)")
    }
}
