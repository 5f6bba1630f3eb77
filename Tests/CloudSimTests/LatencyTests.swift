import Foundation
@testable import CloudSim
import Testing

/// Latency: the M/M/c closed form, queueing delay near saturation, histogram percentiles.
@Suite struct LatencyTests {
    /// P(wait) and Wq (seconds) for mu = 10/s from `shared/tools/reference_values.py`.
    static let reference: [(c: Int, rho: Double, pWait: Double, wq: Double)] = [
        (1, 0.5, 0.50000000, 0.100000), (1, 0.8, 0.80000000, 0.400000), (1, 0.9, 0.90000000, 0.900000),
        (4, 0.5, 0.17391304, 0.008696), (4, 0.8, 0.59643247, 0.074554), (4, 0.9, 0.78775326, 0.196938),
        (16, 0.5, 0.00901881, 0.000113), (16, 0.8, 0.30488391, 0.009528), (16, 0.9, 0.59134339, 0.036959),
    ]

    @Test func erlangCMatchesTheReferenceValuesWithin1e4() {
        for r in Self.reference {
            let a = r.rho * Double(r.c)
            let p = ErlangC.probabilityOfWaiting(servers: r.c, offeredLoad: a)
            #expect(abs(p - r.pWait) < 1e-4, "c=\(r.c) rho=\(r.rho): P(wait) \(p) vs \(r.pWait)")
            let wq = ErlangC.meanWait(servers: r.c, arrivalRate: a * 10, serviceRate: 10)
            #expect(abs(wq - r.wq) < 1e-5, "c=\(r.c) rho=\(r.rho): Wq \(wq) vs \(r.wq)")
        }
        #expect(ErlangC.probabilityOfWaiting(servers: 4, offeredLoad: 4) == 1)
        #expect(ErlangC.meanWait(servers: 1, arrivalRate: 10, serviceRate: 10) == .infinity)
    }

    /// p99 (ms) over five minutes of one m5.large at a given utilisation, after a minute to settle.
    private func p99(utilisation: Double) -> Double {
        var sim = Simulation(
            architecture: Fixtures.webApp(
                rps: .steady(rps: 100 * utilisation), minSize: 1, desired: 1, policies: []),
            seed: 20)
        sim.run(until: 60)
        _ = sim.takeInterval()
        sim.run(until: 360)
        return sim.takeInterval().p99Millis
    }

    @Test func p99RisesAsUtilisationNearsOneHundredPercent() {
        // Between about 50 % and 90 % the tick model's p99 sits in one histogram bucket
        // (~250 ms), so the levels compared are spaced out around it.
        let levels = [0.2, 0.5, 0.95, 0.99].map(p99(utilisation:))
        for (lower, higher) in zip(levels, levels.dropFirst()) {
            #expect(higher > lower, "p99 at 20/50/95/99 % utilisation: \(levels)")
        }
        #expect(levels[3] > 3 * levels[0], "queueing dominates near saturation: \(levels)")
    }

    @Test func histogramPercentilesWithinFivePercentOfAnExponential() {
        // Exponential with a 100 ms mean, written as 20,000 equal-weight quantiles.
        var histogram = LatencyHistogram()
        let n = 20_000
        for k in 0..<n {
            histogram.record(-100 * log(1 - (Double(k) + 0.5) / Double(n)), weight: 1)
        }
        for q in [0.1, 0.5, 0.9, 0.99, 0.999] {
            let exact = -100 * log(1 - q)
            let estimate = histogram.percentile(q)
            #expect(abs(estimate / exact - 1) < 0.05, "q=\(q): \(estimate) vs \(exact), within 5 %")
        }
        #expect(abs(histogram.mean - 100) < 0.5)
    }
}
