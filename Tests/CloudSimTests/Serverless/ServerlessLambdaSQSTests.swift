import CloudSim
import Testing

/// The SQS event source mapping as a consumer: batches, scaling of its pollers, outcomes.
struct ServerlessLambdaSQSTests {
    static func function(batchSize: Int = 10, window: Double = 0, errorRate: Double = 0) -> LambdaFunctionState {
        let config = LambdaFunctionConfig(
            name: "worker", timeoutSeconds: 60, duration: .fixed(ms: 10_000), errorRate: errorRate,
            sqsEventSource: LambdaSQSEventSourceConfig(queue: "jobs", batchSize: batchSize, batchingWindowSeconds: window))
        return LambdaFunctionState(config: config)
    }

    @Test func pollersStartAtFiveBatchesAndAddThreeHundredPerMinute() {
        var fn = Self.function()
        var random = SimRandom(seed: 31)
        var visible = 1_000_000
        var first = LambdaSQSPollResult()
        for tick in 0..<600 {
            let result = fn.step(tick: tick, demand: LambdaDemand(visibleMessages: visible), random: &random)
            if tick == 0 { first = result.sqs }
            visible -= result.sqs.messagesReceived - result.sqs.messagesThrottled
            #expect(fn.runningBatches <= Int(fn.sqsAllowedBatches.rounded(.down)) + 0)
        }
        #expect(first.batchesReceived == 5)
        #expect(first.messagesReceived == 50)
        // One minute of backlog: 5 + 300 allowed (section 8.6).
        #expect(abs(fn.sqsAllowedBatches - 305) < 1, "allowed \(fn.sqsAllowedBatches)")
    }

    @Test func messagesAreConservedAndFailedBatchesReturnWhole() {
        var fn = Self.function(errorRate: 0.3)
        var random = SimRandom(seed: 32)
        var received = 0
        var throttled = 0
        var succeeded = 0
        var failed = 0
        for tick in 0..<3_000 {
            let result = fn.step(
                tick: tick, demand: LambdaDemand(visibleMessages: tick < 1_000 ? 37 : 0), random: &random)
            received += result.sqs.messagesReceived
            throttled += result.sqs.messagesThrottled
            succeeded += result.sqs.messagesSucceeded
            failed += result.sqs.messagesFailed
        }
        #expect(received > 0)
        #expect(received == throttled + succeeded + failed, "every received message is settled")
        #expect(abs(Double(failed) / Double(succeeded + failed) - 0.3) < 0.05)
    }

    @Test func partialBatchWaitsForTheBatchingWindow() {
        var fn = Self.function(batchSize: 100, window: 2)
        var random = SimRandom(seed: 33)
        var firstPoll: Int?
        for tick in 0..<40 {
            let result = fn.step(tick: tick, demand: LambdaDemand(visibleMessages: 30), random: &random)
            if result.sqs.batchesReceived > 0 && firstPoll == nil {
                firstPoll = tick
                #expect(result.sqs.messagesReceived == 30)
            }
        }
        #expect(firstPoll == 20, "a partial batch leaves after the 2 s window")
    }

    @Test func sameSeedGivesTheSameRun() {
        func run(_ seed: UInt64) -> [LambdaTickResult] {
            var fn = LambdaFunctionState(
                config: LambdaFunctionConfig(
                    name: "d", duration: .lognormal(medianMs: 120, sigma: 0.8), errorRate: 0.05, async: .init()))
            var random = SimRandom(seed: seed)
            return (0..<2_000).map {
                fn.step(tick: $0, demand: LambdaDemand(synchronous: $0 % 40, asynchronous: $0 % 7), random: &random)
            }
        }
        #expect(run(41) == run(41))
        #expect(run(41) != run(42))
    }
}
