import CloudSim
import Testing

/// Throttling starts exactly at the concurrency limit, and never earlier.
struct ServerlessLambdaConcurrencyTests {
    @Test func reservedConcurrencyThrottlesExactlyAtTheLimit() {
        var fn = LambdaFunctionState(config: ServerlessTestSupport.function(durationMs: 20_000, reserved: 50))
        var random = SimRandom(seed: 1)
        var firstThrottle: Int?
        for tick in 0..<200 {
            let result = fn.step(tick: tick, demand: LambdaDemand(synchronous: 7), random: &random)
            if result.synchronousThrottled > 0 {
                #expect(fn.busyEnvironments == 50, "throttled at tick \(tick) with \(fn.busyEnvironments) busy")
                firstThrottle = firstThrottle ?? tick
            } else {
                #expect(fn.busyEnvironments <= 50)
            }
            #expect(fn.busyEnvironments <= 50)
        }
        // 7 per tick: 49 busy after tick 6, the 50th starts in tick 7 and 6 are refused.
        #expect(firstThrottle == 7)
        #expect(fn.metrics.synchronousThrottles == 200 * 7 - 50)
    }

    @Test func accountLimitIsSharedAcrossTwoFunctions() {
        let configs = [
            ServerlessTestSupport.function("a", durationMs: 60_000), ServerlessTestSupport.function("b", durationMs: 60_000),
        ]
        var account = LambdaAccount(functions: configs)
        var random = SimRandom(seed: 2)
        var throttledAny = false
        for tick in 0..<300 {
            let demands = [LambdaDemand(synchronous: 5), LambdaDemand(synchronous: 4)]
            let results = account.step(tick: tick, demands: demands, random: &random)
            let busy = account.functions.reduce(0) { $0 + $1.busyEnvironments }
            let throttled = results.reduce(0) { $0 + $1.synchronousThrottled }
            #expect(busy <= 1_000)
            if throttled > 0 {
                #expect(busy == 1_000, "throttled at tick \(tick) with \(busy) busy")
                throttledAny = true
            }
        }
        #expect(throttledAny)
        // 9 per tick reach 1,000 during tick 111; both functions got their arrivals until then.
        #expect(account.functions[0].busyEnvironments >= 5 * 111 - 5)
        #expect(account.functions[1].busyEnvironments >= 4 * 111 - 4)
    }

    @Test func reservationsMustLeaveOneHundredUnreserved() {
        let tooMuch = [ServerlessTestSupport.function("a", reserved: 950)]
        #expect(LambdaAccount.validate(tooMuch, concurrencyLimit: 1_000).count == 1)
        #expect(LambdaAccount.validate([ServerlessTestSupport.function("a", reserved: 900)], concurrencyLimit: 1_000).isEmpty)
    }

    @Test func throttleFaultCutsConcurrencyAndHeals() {
        var fn = LambdaFunctionState(config: ServerlessTestSupport.function(durationMs: 500))
        var random = SimRandom(seed: 3)
        for tick in 0..<100 { _ = fn.step(tick: tick, demand: LambdaDemand(synchronous: 20), random: &random) }
        #expect(fn.busyEnvironments >= 90)
        fn.setThrottleFault(limit: 10, tick: 100)
        var throttled = 0
        for tick in 100..<200 {
            throttled += fn.step(tick: tick, demand: LambdaDemand(synchronous: 20), random: &random).synchronousThrottled
        }
        #expect(fn.busyEnvironments <= 10)
        #expect(throttled > 1_000)
        fn.setThrottleFault(limit: nil, tick: 200)
        for tick in 200..<220 { _ = fn.step(tick: tick, demand: LambdaDemand(synchronous: 20), random: &random) }
        #expect(fn.busyEnvironments >= 90)
        #expect(fn.takeEvents().count >= 3)
    }
}
