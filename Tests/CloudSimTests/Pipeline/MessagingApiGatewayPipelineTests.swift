@testable import CloudSim
import Testing

/// API Gateway's token bucket through the pipeline. Tolerance: accepted rate within 1 % of
/// min(offered, rate) over 10 minutes; a burst of `burst` requests after idle passes exactly.
@Suite struct MessagingApiGatewayPipelineTests {
    static func stage(offered: RatePattern, rate: Double, burst: Int) -> Architecture {
        var a = MessagingFixtures.microservices(rps: offered, stageRate: rate, stageBurst: burst, lambdaMs: 5)
        a.lambdaAccountConcurrency = 10_000
        return a
    }

    @Test("accepted rate = min(offered, rate) within 1 %", arguments: [(2_000.0, 1_000.0), (500.0, 1_000.0)])
    func acceptedRateFollowsTheBucket(_ pair: (Double, Double)) {
        let (offered, rate) = pair
        var sim = Simulation(
            architecture: Self.stage(offered: .steady(rps: offered), rate: rate, burst: 500), seed: 3)
        sim.run(until: 60)
        let start = sim.messaging.stages[0].state.metrics
        sim.run(until: 660)
        let end = sim.messaging.stages[0].state.metrics
        let accepted = Double(end.forwarded - start.forwarded) / 600
        let expected = min(offered, rate)
        #expect(abs(accepted / expected - 1) < 0.01, "accepted \(accepted)/s vs \(expected)/s (1 %)")
        if offered > rate {
            #expect(sim.snapshot().apiStages[0].tooManyRequestsPerSecond > 0.8 * (offered - rate))
        } else {
            #expect(end.throttled == start.throttled)
        }
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test("a burst of `burst` requests after idle passes at once, the rest get 429")
    func burstPassesAtOnce() {
        // 20,000 rps for one tick: about 2,000 requests against a full bucket of 500.
        var sim = Simulation(
            architecture: Self.stage(
                offered: .spike(base: 0, peak: 20_000, at: 30, duration: 0.1), rate: 100, burst: 500),
            seed: 4)
        sim.run(until: 30)
        let before = sim.messaging.stages[0].state.metrics
        sim.step()
        let after = sim.messaging.stages[0].state.metrics
        #expect(after.requests - before.requests > 1_000)
        #expect(after.forwarded - before.forwarded == 500, "forwarded \(after.forwarded - before.forwarded)")
        #expect(after.throttled - before.throttled == after.requests - before.requests - 500)
    }

    @Test("a Lambda throttle is answered 429, a function error 502, a slow function 504 at 29 s")
    func integrationOutcomes() {
        var a = Self.stage(offered: .steady(rps: 100), rate: 10_000, burst: 5_000)
        a.functions[0].reservedConcurrency = 0
        var sim = Simulation(architecture: a, seed: 8)
        sim.run(until: 20)
        #expect(sim.messaging.stages[0].state.metrics.integrationThrottles > 1_500)
        #expect(sim.snapshot().overview.errorRate == 1)

        var failing = Self.stage(offered: .steady(rps: 100), rate: 10_000, burst: 5_000)
        failing.functions[0].errorRate = 1
        sim = Simulation(architecture: failing, seed: 8)
        sim.run(until: 20)
        #expect(sim.messaging.stages[0].state.metrics.integrationFailures > 1_500)

        var slow = Self.stage(offered: .steady(rps: 10), rate: 10_000, burst: 5_000)
        slow.functions[0].timeoutSeconds = 60
        slow.functions[0].duration = .fixed(ms: 40_000)
        sim = Simulation(architecture: slow, seed: 8)
        sim.run(until: 28)
        #expect(sim.messaging.stages[0].state.metrics.integrationTimeouts == 0)
        sim.run(until: 60)
        let metrics = sim.messaging.stages[0].state.metrics
        #expect(metrics.integrationTimeouts > 250, "504s \(metrics.integrationTimeouts)")
        // 29 s + overhead, read from a histogram with 5 % buckets.
        #expect(sim.messaging.stages[0].state.latencyLastSecond.percentile(0.5) > 27_500)
        #expect(sim.invariantViolations().isEmpty)
    }
}
