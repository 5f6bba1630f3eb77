import CloudSim
import Testing

/// FIFO message groups and throughput, the in-flight limit, empty receives, snapshots.
@Suite struct MessagingSQSLimitsTests {
    private func fifo(groups: Int, highThroughput: Bool = false) -> SQSQueueConfig {
        SQSQueueConfig(name: "q.fifo", type: .fifo, messageGroups: groups, highThroughputFIFO: highThroughput)
    }

    @Test("FIFO sends: 300 calls/s, so 300 messages/s unbatched and 3,000 with batches of 10")
    func fifoSendThroughput() {
        for (batch, expected) in [(1, 300), (10, 3_000)] {
            var queue = SQSQueueState(config: fifo(groups: 100), consumer: SQSConsumerConfig(consumers: 0))
            var accepted = 0
            for tick in 1...100 { accepted += queue.send(1_000, tick: tick, batchSize: batch) }
            #expect(abs(accepted - 10 * expected) <= 10, "batch \(batch): \(accepted) in 10 s")
            #expect(queue.counters.throttledSends == 100_000 - accepted)
        }
        var fast = SQSQueueState(
            config: fifo(groups: 100, highThroughput: true), consumer: SQSConsumerConfig(consumers: 0))
        for tick in 1...10 { fast.send(10_000, tick: tick) }
        #expect(abs(fast.counters.sent - 3_000) <= 10)  // high throughput: 3,000 calls/s
    }

    @Test("FIFO receives: one batch in flight per message group, at most 300 receives per second")
    func fifoGroupsAndReceiveThroughput() {
        var queue = SQSQueueState(
            config: fifo(groups: 2),
            consumer: SQSConsumerConfig(consumers: 10, batchSize: 5, meanProcessingSeconds: 1))
        var random = SimRandom(seed: 6)
        queue.send(200, tick: 1, batchSize: 10)
        for tick in 1...300 {
            queue.step(tick: tick, random: &random)
            #expect(queue.busyConsumers <= 2 && queue.inFlight <= 10, "tick \(tick)")
        }
        #expect(queue.counters.deleted > 0)
        var wide = SQSQueueState(
            config: fifo(groups: 10_000),
            consumer: SQSConsumerConfig(consumers: 2_000, meanProcessingSeconds: 0.01))
        for tick in 1...100 {
            wide.send(2_000, tick: tick, batchSize: 10)
            wide.step(tick: tick, random: &random)
        }
        #expect(abs(wide.counters.received - 3_000) <= 10, "received \(wide.counters.received) in 10 s")
    }

    @Test("standard queue: at most 120,000 messages in flight; receives beyond fail with OverLimit")
    func inFlightLimit() {
        var queue = SQSQueueState(
            config: SQSQueueConfig(name: "q"),
            consumer: SQSConsumerConfig(consumers: 150_000, meanProcessingSeconds: 1e9))
        var random = SimRandom(seed: 7)
        queue.send(200_000, tick: 1, batchSize: 10)
        for tick in 1...3 { queue.step(tick: tick, random: &random) }
        #expect(queue.inFlight == 120_000 && queue.visible == 80_000)
        #expect(queue.counters.overLimitReceives > 0 && queue.problems().isEmpty)
    }

    @Test("empty receives: once per 20 s per idle worker with long polling, per poll with short polling")
    func emptyReceives() {
        for (wait, expected) in [(20.0, 50), (0.0, 10_000)] {
            var queue = SQSQueueState(
                config: SQSQueueConfig(name: "q"),
                consumer: SQSConsumerConfig(consumers: 10, waitTimeSeconds: wait))
            var random = SimRandom(seed: 9)
            for tick in 1...1_000 { queue.step(tick: tick, random: &random) }
            #expect(
                abs(queue.counters.emptyReceives - expected) <= 1,
                "wait \(wait): \(queue.counters.emptyReceives)")
        }
    }

    @Test("snapshot: counts, rates per second, workers and depth history")
    func snapshot() {
        var queue = SQSQueueState(
            config: SQSQueueConfig(name: "q"),
            consumer: SQSConsumerConfig(consumers: 2, meanProcessingSeconds: 1))
        var random = SimRandom(seed: 10)
        for tick in 1...100 {
            queue.send(5, tick: tick)
            queue.step(tick: tick, random: &random)
        }
        let snap = queue.snapshot(tick: 100)
        #expect(snap.sentPerSecond == 50 && snap.depthHistory.count == 10 && snap.consumersTotal == 2)
        #expect(snap.visible == queue.visible && snap.backlogPerConsumer == Double(queue.visible) / 2)
        #expect(snap.depthHistory.last == Double(queue.visible) && snap.oldestAgeSeconds > 5)
    }
}
