import CloudSim
import Testing

/// Visibility timeout, redrive, delay and retention, to the tick (dt = 0.1 s).
@Suite struct MessagingSQSVisibilityTests {
    /// Ten workers, ten messages sent at tick 1, visibility 30 s, redrive after 3 receives.
    static func crashedQueue() -> SQSQueueState {
        var queue = SQSQueueState(
            config: SQSQueueConfig(name: "orders", visibilityTimeoutSeconds: 30, maxReceiveCount: 3),
            consumer: SQSConsumerConfig(consumers: 10))
        queue.consumersCrashed = true
        queue.send(10, tick: 1)
        return queue
    }

    @Test("sqs:consumer-crash: messages come back exactly one visibility timeout after each receive")
    func crashedMessagesReturnAfterTheTimeout() {
        var queue = Self.crashedQueue()
        var random = SimRandom(seed: 1)
        var returnedAt: [Int: Int] = [:]
        var receivedAt: [Int: Int] = [:]
        for tick in 1...1_000 {
            let before = (queue.counters.returned, queue.counters.received)
            queue.step(tick: tick, random: &random)
            #expect(queue.problems().isEmpty)
            if queue.counters.returned > before.0 { returnedAt[tick] = queue.counters.returned - before.0 }
            if queue.counters.received > before.1 { receivedAt[tick] = queue.counters.received - before.1 }
        }
        #expect(receivedAt == [1: 10, 301: 10, 601: 10])  // received at once by idle workers
        #expect(returnedAt == [301: 10, 601: 10, 901: 10])  // 300 ticks = 30 s later, to the tick
        #expect(queue.counters.deleted == 0)
        #expect(queue.counters.failedBatches == 30)
    }

    @Test("after maxReceiveCount receives the messages move to the dead-letter queue")
    func crashedMessagesReachTheDLQ() {
        var queue = Self.crashedQueue()
        var random = SimRandom(seed: 2)
        for tick in 1...900 {
            queue.step(tick: tick, random: &random)
            #expect(queue.deadLetterDepth == (tick < 901 ? 0 : 10))
        }
        queue.step(tick: 901, random: &random)
        #expect(queue.deadLetterDepth == 10 && queue.counters.deadLettered == 10)
        #expect(queue.visible == 0 && queue.inFlight == 0 && queue.counters.received == 30)
        #expect(queue.problems().isEmpty)
        let handed = queue.takeDeadLetters()
        // The dead letters keep their original enqueue tick.
        #expect(handed.count == 1 && handed[0].enqueueTick == 1 && handed[0].count == 10)
        #expect(queue.deadLetterDepth == 0 && queue.problems().isEmpty)
    }

    @Test("delivery delay: messages are delayed, then visible exactly the delay later")
    func deliveryDelay() {
        var queue = SQSQueueState(
            config: SQSQueueConfig(name: "q", deliveryDelaySeconds: 5),
            consumer: SQSConsumerConfig(consumers: 0))
        var random = SimRandom(seed: 3)
        queue.send(7, tick: 1)
        for tick in 1...51 {
            queue.step(tick: tick, random: &random)
            #expect(queue.delayed == (tick < 51 ? 7 : 0) && queue.visible == (tick < 51 ? 0 : 7))
        }
    }

    @Test("retention: unreceived messages are deleted one retention period after they were sent")
    func retention() {
        var queue = SQSQueueState(
            config: SQSQueueConfig(name: "q", retentionSeconds: 60), consumer: SQSConsumerConfig(consumers: 0)
        )
        var random = SimRandom(seed: 4)
        for tick in 1...700 {
            if tick <= 10 { queue.send(3, tick: tick) }
            queue.step(tick: tick, random: &random)
            #expect(queue.counters.expired == 3 * max(0, min(10, tick - 600)), "tick \(tick)")
            #expect(queue.problems().isEmpty)
        }
        #expect(queue.oldestMessageAge(tick: 700) == 0)
    }

    @Test("age of the oldest message grows with an unserved backlog")
    func oldestAge() {
        var queue = SQSQueueState(
            config: SQSQueueConfig(name: "q"), consumer: SQSConsumerConfig(consumers: 0))
        var random = SimRandom(seed: 5)
        queue.send(1, tick: 1)
        for tick in 1...100 { queue.step(tick: tick, random: &random) }
        #expect(abs(queue.oldestMessageAge(tick: 100) - 9.9) < 1e-9)
        #expect(queue.backlogPerConsumer == 1)
    }
}
