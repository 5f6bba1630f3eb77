@testable import CloudSim
import Testing

/// The edge agrees with its closed forms when driven through the whole pipeline (traffic ->
/// Route 53 -> CloudFront -> bucket). Reference values from the LRU (Che) and TTL closed
/// forms for N = 10,000 objects; tolerance 0.02 absolute, as the issue states.
@Suite("Edge fidelity through the pipeline")
struct EdgeFidelityPipelineTests {
    static let oneRegion = [RegionShare(region: "us-east-1", share: 1)]

    /// Hit ratio of the single edge between `warmup` and `seconds`.
    static func hitRatio(_ architecture: Architecture, warmup: Double, seconds: Double) -> Double {
        var sim = Simulation(architecture: architecture, seed: 3)
        sim.step(Int(warmup / sim.tickSeconds))
        var hits = 0.0
        var requests = 0.0
        while sim.time < seconds {
            sim.step(10)
            let cf = sim.snapshot().cloudFront[0]
            hits += cf.hitRatio * cf.requestsPerSecond
            requests += cf.requestsPerSecond
        }
        return hits / max(requests, 1)
    }

    @Test(
        "One LRU edge under Zipf matches Che's approximation within 0.02",
        arguments: [(0.8, 1_000, 0.4367), (1.0, 1_000, 0.6756), (1.2, 100, 0.6563)])
    func lruMatchesChe(alpha: Double, capacity: Int, che: Double) {
        let architecture = EdgeFixtures.staticSite(
            rps: 2_000, zipf: alpha, edgeCapacity: .objects(capacity), regionShares: Self.oneRegion)
        let measured = Self.hitRatio(architecture, warmup: 120, seconds: 600)
        #expect(abs(measured - che) < 0.02, "alpha \(alpha) C \(capacity): \(measured) vs \(che)")
    }

    @Test(
        "A TTL-only edge matches the TTL closed form within 0.02 (100 req/s)",
        arguments: [(0.8, 60.0, 0.5753), (1.0, 10.0, 0.5311), (1.0, 60.0, 0.7087)])
    func ttlMatchesClosedForm(alpha: Double, ttl: Double, reference: Double) {
        let architecture = EdgeFixtures.staticSite(
            rps: 100, zipf: alpha, edgeCapacity: .unlimited, ttl: ttl, regionShares: Self.oneRegion)
        let measured = Self.hitRatio(architecture, warmup: 10 * ttl, seconds: 10 * ttl + 1_800)
        #expect(abs(measured - reference) < 0.02, "alpha \(alpha) TTL \(ttl): \(measured) vs \(reference)")
    }

    @Test("Weighted records split requests by weight / sum within 1 percentage point")
    func weightedShares() {
        var sim = Simulation(architecture: EdgeFixtures.weighted([1, 3]), seed: 5)
        var east = 0.0
        var west = 0.0
        sim.step(600)
        while sim.time < 1_860 {
            sim.step(10)
            let s = sim.snapshot()
            east += s.loadBalancers[0].rps
            west += s.loadBalancers[1].rps
        }
        let share = west / (east + west)
        #expect(abs(share - 0.75) < 0.01, "share of weight 3 of 4: \(share)")
    }

    @Test("Weight 0 gets nothing while another record has weight; all zero splits evenly")
    func zeroWeights() {
        var zero = Simulation(architecture: EdgeFixtures.weighted([0, 5]), seed: 5)
        zero.step(1_200)
        #expect(zero.snapshot().loadBalancers[0].rps == 0)
        var allZero = Simulation(architecture: EdgeFixtures.weighted([0, 0]), seed: 5)
        var east = 0.0
        var west = 0.0
        allZero.step(600)
        while allZero.time < 1_260 {
            allZero.step(10)
            east += allZero.snapshot().loadBalancers[0].rps
            west += allZero.snapshot().loadBalancers[1].rps
        }
        #expect(abs(west / (east + west) - 0.5) < 0.02)
    }
}
