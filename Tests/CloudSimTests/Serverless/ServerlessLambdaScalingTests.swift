import CloudSim
import Testing

/// Per-function scaling: at most 1,000 new execution environments in any 10 seconds.
struct ServerlessLambdaScalingTests {
    @Test func stepToFiveThousandRequestsPerSecondGrowsAtMostOneThousandPerTenSeconds() {
        var fn = LambdaFunctionState(config: ServerlessTestSupport.function(durationMs: 1_000))
        var random = SimRandom(seed: 4)
        var history: [Int] = []
        var environments: [Int] = []
        var throttled = 0
        var lateConcurrency = 0.0
        for tick in 0..<900 {
            let result = fn.step(
                tick: tick, demand: LambdaDemand(synchronous: 500), accountCeiling: 10_000, random: &random)
            throttled += result.synchronousThrottled
            // Peak concurrency so far: fixed durations make every environment finish in step,
            // so the instantaneous figure dips and recovers without any scaling.
            history.append(max(history.last ?? 0, fn.busyEnvironments))
            environments.append(fn.busyEnvironments + fn.idleEnvironments)
            if tick >= 800 { lateConcurrency += fn.concurrency / 100 }
        }
        var worstGrowth = 0
        var worstEnvironmentGrowth = 0
        for t in history.indices {
            worstGrowth = max(worstGrowth, history[t] - (t >= 100 ? history[t - 100] : 0))
            worstEnvironmentGrowth = max(worstEnvironmentGrowth, environments[t] - (t >= 100 ? environments[t - 100] : 0))
        }
        #expect(worstGrowth <= 1_000, "peak concurrency grew by \(worstGrowth) in 10 s")
        #expect(worstEnvironmentGrowth <= 1_000, "environments grew by \(worstEnvironmentGrowth) in 10 s")
        #expect(throttled > 0)
        // After 50 s the function has its 5,000 environments and throttles no more.
        #expect(abs(lateConcurrency - 5_000) < 100, "concurrency \(lateConcurrency)")
        print("SERVERLESS-FIDELITY scaling worst 10 s growth=\(worstGrowth) environments=\(worstEnvironmentGrowth) final=\(lateConcurrency)")
    }

    @Test func idleEnvironmentsAreReclaimedAndTheNextCallIsCold() {
        var config = ServerlessTestSupport.function(durationMs: 200)
        config.idleReclaimSeconds = 60
        var fn = LambdaFunctionState(config: config)
        var random = SimRandom(seed: 5)
        for tick in 0..<50 { _ = fn.step(tick: tick, demand: LambdaDemand(synchronous: 3), random: &random) }
        let warmCold = fn.metrics.coldStarts
        #expect(warmCold > 0 && warmCold <= 30, "\(warmCold) cold starts")
        for tick in 50..<600 { _ = fn.step(tick: tick, demand: LambdaDemand(), random: &random) }
        #expect(fn.idleEnvironments == warmCold, "idle for under 60 s: kept")
        for tick in 600..<800 { _ = fn.step(tick: tick, demand: LambdaDemand(), random: &random) }
        #expect(fn.idleEnvironments == 0, "idle for over 60 s: reclaimed")
        #expect(fn.metrics.environmentsReclaimed == warmCold)
        let cold = fn.step(tick: 800, demand: LambdaDemand(synchronous: 3), random: &random).coldStarts
        #expect(cold == 3)
    }

    @Test func provisionedConcurrencyIsWarmAndNeverReclaimed() {
        var config = ServerlessTestSupport.function(durationMs: 200, provisioned: 20)
        config.idleReclaimSeconds = 30
        var fn = LambdaFunctionState(config: config)
        var random = SimRandom(seed: 6)
        for tick in 0..<1_000 { _ = fn.step(tick: tick, demand: LambdaDemand(synchronous: tick % 3), random: &random) }
        #expect(fn.metrics.coldStarts == 0)
        #expect(fn.idleEnvironments + fn.busyEnvironments >= 20)
        #expect(fn.metrics.provisionedGBSeconds > 0)
    }
}
