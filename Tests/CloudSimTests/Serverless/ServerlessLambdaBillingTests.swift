import CloudSim
import Testing

/// The bill is requests x $0.20 per million + GB-seconds x $0.0000166667 (1 ms steps, rounded up).
struct ServerlessLambdaBillingTests {
    @Test func billEqualsRequestsTimesPricePlusGBSecondsTimesPriceToTheCent() {
        let config = LambdaFunctionConfig(
            name: "bill", memoryMB: 1_024, timeoutSeconds: 30, duration: .fixed(ms: 250.4), coldStartMs: 300)
        var fn = LambdaFunctionState(config: config)
        var random = SimRandom(seed: 9)
        for tick in 0..<6_000 { _ = fn.step(tick: tick, demand: LambdaDemand(synchronous: 300), random: &random) }
        for tick in 6_000..<6_100 { _ = fn.step(tick: tick, demand: LambdaDemand(), random: &random) }
        let m = fn.metrics
        #expect(m.invocations > 1_790_000, "early calls throttle while the function scales")
        #expect(m.completions == m.invocations)
        // Warm: 250.4 ms billed as 251 ms; cold: INIT 300 ms + 250.4 ms billed as 551 ms.
        let warm = m.invocations - m.coldStarts
        let billedMs = warm * 251 + m.coldStarts * 551
        #expect(m.billedMilliseconds == billedMs)
        let gbSeconds = Double(billedMs) / 1_000 * 1.0
        let expected = Double(m.invocations) * 0.20 / 1_000_000 + gbSeconds * 0.0000166667
        #expect(abs(m.cost - expected) < 0.005, "bill \(m.cost) vs \(expected)")
        #expect(expected > 7)
        print("SERVERLESS-FIDELITY bill sim=\(m.cost) expected=\(expected)")
    }
}
