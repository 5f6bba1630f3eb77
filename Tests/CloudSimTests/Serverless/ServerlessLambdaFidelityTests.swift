import CloudSim
import Testing

/// A function with a fixed concurrency limit and no queue is an M/G/c/c loss system for
/// synchronous calls: the share of calls throttled is Erlang B of the offered load.
struct ServerlessLambdaFidelityTests {
    struct Case: Sendable, CustomStringConvertible {
        let servers: Int
        let offeredLoad: Double
        var description: String { "c=\(servers) a=\(offeredLoad)" }
    }

    static let cases = [
        Case(servers: 20, offeredLoad: 15), Case(servers: 20, offeredLoad: 20), Case(servers: 20, offeredLoad: 28),
        Case(servers: 100, offeredLoad: 95),
    ]

    @Test("Throttle probability within 0.02 of Erlang B (exponential 1 s durations)", arguments: cases)
    func throttleProbabilityMatchesErlangB(_ test: Case) {
        let config = LambdaFunctionConfig(
            name: "loss", memoryMB: 512, timeoutSeconds: 900, duration: .exponential(meanMs: 1_000),
            reservedConcurrency: test.servers, provisionedConcurrency: test.servers)
        var fn = LambdaFunctionState(config: config)
        var random = SimRandom(seed: 7)
        let perTick = test.offeredLoad / 1.0 * 0.1
        var offered = 0
        var throttled = 0
        for tick in 0..<40_000 {
            let n = random.poisson(mean: perTick)
            let result = fn.step(tick: tick, demand: LambdaDemand(synchronous: n), random: &random)
            guard tick >= 1_000 else { continue }
            offered += n
            throttled += result.synchronousThrottled
        }
        let measured = Double(throttled) / Double(offered)
        let closedForm = ErlangB.blockingProbability(servers: test.servers, offeredLoad: test.offeredLoad)
        #expect(abs(measured - closedForm) < 0.02, "\(test): throttled \(measured) vs Erlang B \(closedForm)")
        print("SERVERLESS-FIDELITY erlangB \(test) sim=\(measured) closed=\(closedForm) error=\(measured - closedForm)")
    }

    @Test func erlangBMatchesKnownValues() {
        #expect(abs(ErlangB.blockingProbability(servers: 1, offeredLoad: 1) - 0.5) < 1e-12)
        #expect(abs(ErlangB.blockingProbability(servers: 2, offeredLoad: 1) - 0.2) < 1e-12)
        #expect(ErlangB.blockingProbability(servers: 0, offeredLoad: 3) == 1)
    }

    @Test func exponentialClassesKeepTheMeanAndTheTimeoutShare() {
        let classes = LambdaDurationClasses(distribution: .exponential(meanMs: 1_000), timeoutMs: 1_000)
        let timedOut = zip(classes.probabilities, classes.timesOut).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
        #expect(abs(timedOut - 0.3679) < 0.01, "share timed out \(timedOut) vs e^-1")
        let open = LambdaDurationClasses(distribution: .exponential(meanMs: 1_000), timeoutMs: 1e9)
        #expect(abs(open.meanMs - 1_000) < 10, "mean \(open.meanMs)")
        let lognormal = LambdaDurationClasses(distribution: .lognormal(medianMs: 100, sigma: 0.5), timeoutMs: 1e9)
        #expect(abs(lognormal.meanMs - 100 * 1.1331) < 2, "lognormal mean \(lognormal.meanMs)")
    }

    @Test func moreMemoryShortensCPUBoundWork() {
        var config = LambdaFunctionConfig(
            name: "cpu", memoryMB: 1_769, duration: .fixed(ms: 400), referenceMemoryMB: 885, cpuBoundShare: 1)
        #expect(abs(config.durationScale - 885.0 / 1_769) < 1e-9)
        config.memoryMB = 3_538
        #expect(abs(config.durationScale - 885.0 / 1_769) < 1e-9, "single-threaded: no gain above 1 vCPU")
        config.cpuBoundShare = 0.5
        config.memoryMB = 885
        #expect(abs(config.durationScale - 1) < 1e-9)
    }

    @Test func shortInvocationsShareEnvironmentsWithinATick() {
        // 2,000 requests/s of 20 ms need 40 concurrent executions (Little's law), not 200.
        let config = LambdaFunctionConfig(name: "fast", duration: .fixed(ms: 20), provisionedConcurrency: 100)
        var fn = LambdaFunctionState(config: config)
        var random = SimRandom(seed: 8)
        var sum = 0.0
        var throttled = 0
        for tick in 0..<1_000 {
            throttled += fn.step(tick: tick, demand: LambdaDemand(synchronous: 200), random: &random).synchronousThrottled
            sum += fn.concurrency
        }
        #expect(throttled == 0)
        #expect(abs(sum / 1_000 - 40) < 1, "mean concurrency \(sum / 1_000)")
    }
}
