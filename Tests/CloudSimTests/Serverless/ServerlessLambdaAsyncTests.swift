import CloudSim
import Testing

/// Asynchronous events: two retries, 1 and 2 minutes after the failed attempts, then the DLQ;
/// throttled events wait in the internal queue.
struct ServerlessLambdaAsyncTests {
    @Test func failingEventsAreRetriedAfterOneAndTwoMinutesThenGoToTheDLQ() {
        let config = ServerlessTestSupport.function(
            durationMs: 150, provisioned: 10, errorRate: 1, async: LambdaAsyncConfig(onFailure: .deadLetterQueue("dlq")))
        var fn = LambdaFunctionState(config: config)
        var random = SimRandom(seed: 10)
        var starts: [Int: Int] = [:]
        var dlqAt: Int?
        for tick in 0..<2_000 {
            let result = fn.step(tick: tick, demand: LambdaDemand(asynchronous: tick == 10 ? 10 : 0), random: &random)
            if result.asyncAttemptsStarted > 0 { starts[tick] = result.asyncAttemptsStarted }
            if result.asyncEventsGivenUp > 0 && dlqAt == nil { dlqAt = tick }
        }
        // 150 ms started mid-tick ends two ticks later: the first attempt at tick 10 fails at
        // 12; the second starts at 12 + 600, fails at 614; the third starts at 614 + 1,200.
        #expect(starts == [10: 10, 612: 10, 1_814: 10])
        #expect(dlqAt == 1_816)
        #expect(fn.metrics.sentToDeadLetterQueue == 10)
        #expect(fn.metrics.asyncRetries == 20)
        #expect(fn.asyncQueueDepth == 0)
    }

    @Test func throttledEventsWaitInTheQueueAndAreServedLater() {
        let config = ServerlessTestSupport.function(durationMs: 1_000, reserved: 10, provisioned: 10)
        var fn = LambdaFunctionState(config: config)
        var random = SimRandom(seed: 11)
        var throttled = 0
        // Backoff doubles up to 5 minutes, so the last events may wait that long.
        for tick in 0..<8_000 {
            let result = fn.step(tick: tick, demand: LambdaDemand(asynchronous: tick < 100 ? 5 : 0), random: &random)
            throttled += result.asyncAttemptsThrottled
            if tick == 100 {
                #expect(fn.asyncQueueDepth > 300)
                #expect(fn.asyncOldestAgeSeconds(tick: tick) > 5)
            }
        }
        #expect(throttled > 0)
        #expect(fn.asyncQueueDepth == 0)
        #expect(fn.metrics.asyncEventsSucceeded == 500)
        #expect(fn.metrics.asyncEventsDiscarded == 0)
    }

    @Test func reservedConcurrencyZeroSendsEventsStraightToTheDestination() {
        let config = ServerlessTestSupport.function(
            reserved: 0, async: LambdaAsyncConfig(onFailure: .onFailureDestination("failures")))
        var fn = LambdaFunctionState(config: config)
        var random = SimRandom(seed: 12)
        let result = fn.step(tick: 0, demand: LambdaDemand(synchronous: 4, asynchronous: 7), random: &random)
        #expect(result.synchronousThrottled == 4)
        #expect(fn.metrics.sentToOnFailureDestination == 7)
    }

    @Test func eventsOlderThanTheMaximumAgeAreGivenUp() {
        let config = ServerlessTestSupport.function(
            reserved: 0 + 1, async: LambdaAsyncConfig(maximumEventAgeSeconds: 60, onFailure: .deadLetterQueue("dlq")))
        var fn = LambdaFunctionState(config: config)
        fn.setThrottleFault(limit: 0, tick: 0)
        var random = SimRandom(seed: 13)
        for tick in 0..<700 { _ = fn.step(tick: tick, demand: LambdaDemand(asynchronous: tick == 0 ? 9 : 0), random: &random) }
        #expect(fn.metrics.asyncEventsExpired == 9)
        #expect(fn.metrics.sentToDeadLetterQueue == 9)
    }
}
