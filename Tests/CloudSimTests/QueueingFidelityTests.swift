@testable import CloudSim
import Testing

/// An instance is an M/M/c station (c = vCPUs, mu = 1000 / cpuMillisPerRequest): its mean
/// response time should match Erlang C's Wq + 1/mu (+ the fixed base latency) within 5 %.
/// The engine takes λ from the offered (expected) rate routed to the instance and draws the
/// wait from Erlang C's distribution while the tick queue's own backlog stays within what
/// M/M/c explains.
@Suite struct QueueingFidelityTests {
    /// Mean latency (ms) of one m5.large (c = 2, mu = 50/s, base 5 ms) over 9 minutes.
    private func meanLatency(utilisation: Double) -> Double {
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 100 * utilisation), minSize: 1, desired: 1, policies: []),
            seed: 27)
        sim.run(until: 60)
        _ = sim.takeInterval()
        sim.run(until: 600)
        return sim.intervalHistogram.mean
    }

    @Test(arguments: [0.2, 0.5, 0.8, 0.9, 0.95])
    func meanResponseTimeMatchesErlangCWithinFivePercent(utilisation: Double) {
        let expected = 1000 * ErlangC.meanWait(servers: 2, arrivalRate: 100 * utilisation, serviceRate: 50) + 20 + 5
        let measured = meanLatency(utilisation: utilisation)
        #expect(
            abs(measured / expected - 1) < 0.05,
            "utilisation \(utilisation): mean \(measured) ms vs M/M/2 \(expected) ms, within 5 %")
    }
}
