@testable import CloudSim
import Testing

/// Lambda through the pipeline: throttling at the concurrency limit, the scaling rate, the bill.
@Suite struct MessagingLambdaPipelineTests {
    @Test("throttles start when concurrency reaches the limit (within 5 % of it)")
    func throttlesStartAtTheLimit() {
        // 1 s invocations, offered 10 -> 100 rps over 90 s: concurrency = rate, limit 50.
        var a = MessagingFixtures.microservices(
            rps: .ramp(from: 10, to: 100, start: 10, duration: 90), reserved: 50)
        a.functions[0].duration = .fixed(ms: 1_000)
        var sim = Simulation(architecture: a, seed: 6)
        var peakBefore = 0.0
        while sim.time < 120 && sim.messaging.account.functions[0].metrics.throttles == 0 {
            peakBefore = max(peakBefore, sim.messaging.account.functions[0].concurrency)
            sim.step()
        }
        let fn = sim.messaging.account.functions[0]
        #expect(fn.metrics.throttles > 0, "no throttle")
        #expect(fn.concurrency >= 0.95 * 50, "throttled at concurrency \(fn.concurrency) of 50 (5 %)")
        #expect(peakBefore <= 50)
    }

    @Test("new environments never exceed 1,000 per function in any 10 s window")
    func scalingRateIsBounded() {
        var a = MessagingFixtures.microservices(rps: .spike(base: 0, peak: 5_000, at: 5, duration: 60))
        a.functions[0].duration = .fixed(ms: 2_000)
        a.lambdaAccountConcurrency = 20_000
        a.apiStages[0].rate = 100_000
        var sim = Simulation(architecture: a, seed: 7)
        var coldByTick: [Int] = [0]
        while sim.time < 60 {
            sim.step()
            coldByTick.append(sim.messaging.account.functions[0].metrics.coldStarts)
        }
        var worst = 0
        for t in 100..<coldByTick.count { worst = max(worst, coldByTick[t] - coldByTick[t - 100]) }
        #expect(worst <= 1_000, "\(worst) environments created in 10 s")
        #expect(worst >= 900, "the function scales at the documented rate (\(worst))")
        #expect(sim.messaging.account.functions[0].metrics.throttles > 0)
    }

    @Test("the bill is requests x $0.20/M + GB-seconds (1 ms steps) x $0.0000166667, to the cent")
    func billMatchesThePriceList() {
        var a = MessagingFixtures.microservices(rps: .steady(rps: 500), lambdaMs: 123)
        a.functions[0].memoryMB = 1_024
        var sim = Simulation(architecture: a, seed: 9)
        sim.run(until: 600)
        let m = sim.messaging.account.functions[0].metrics
        #expect(abs(m.gbSeconds - Double(m.billedMilliseconds) / 1_000 * 1.0) < 1e-6)
        let expected = Double(m.invocations) * 0.20 / 1_000_000 + m.gbSeconds * 0.000_016_666_7
        let billed = sim.snapshot().cost.perHourByService.first { $0.service == "lambda" }?.total ?? -1
        #expect((billed * 100).rounded() == (expected * 100).rounded(), "billed \(billed) vs \(expected)")
        #expect(expected > 0.05)
    }
}
