@testable import CloudSim
import Testing

/// `sqs:consumer-crash`: workers receive but never delete, so every message comes back exactly
/// one visibility timeout after each receive and moves to the dead-letter queue after its
/// `maxReceiveCount`-th receive. Tolerance: exact, to the queue step (10 ms).
@Suite struct MessagingRedriveTests {
    @Test(
        "a crashed consumer's messages return after exactly the visibility timeout and reach the DLQ after maxReceiveCount receives"
    )
    func crashedConsumerRedrivesToTheDeadLetterQueue() {
        var a = MessagingFixtures.fixedConsumers(
            consumers: 500, rate: 0, visibility: 30, maxReceiveCount: 3, deadLetterQueue: "jobs-dlq",
            timeline: [
                TimelineEntry(at: 1, command: .injectFault(FaultSpec(kind: .consumerCrash, target: "jobs")))
            ])
        a.traffic[0].pattern = .spike(base: 0, peak: 1_000, at: 10, duration: 0.1)
        var sim = Simulation(architecture: a, seed: 5)
        var firstReceive: Int?
        var returns: [Int] = []
        var deadLettered: Int?
        var lastReturned = 0
        while sim.time < 200 {
            sim.step()
            let queue = sim.messaging.queues[0].state
            if firstReceive == nil && queue.counters.received > 0 { firstReceive = queue.counters.ticks - 1 }
            if queue.counters.returned > lastReturned {
                returns.append(queue.counters.ticks - 1)
                lastReturned = queue.counters.returned
            }
            if deadLettered == nil && queue.counters.deadLettered > 0 {
                deadLettered = queue.counters.ticks - 1
            }
        }
        let queue = sim.messaging.queues[0].state
        let sent = queue.counters.sent
        #expect(sent > 50)
        guard let first = firstReceive, let moved = deadLettered else {
            Issue.record("no receive or no redrive")
            return
        }
        // Queue steps of 10 ms: 30 s = 3,000 steps. The whole spike was sent in one engine tick
        // and received at once by idle workers, so each return is one timeout after a receive.
        let steps = Int((30 / queue.tickSeconds).rounded())
        // Visibility runs out three times; the third time the messages move to the DLQ.
        #expect(
            returns == [first + steps, first + 2 * steps, first + 3 * steps],
            "returns \(returns), receive \(first)")
        #expect(moved == first + 3 * steps, "DLQ at \(moved) vs receive \(first) + 3 x \(steps)")
        #expect(queue.counters.deadLettered == sent)
        #expect(queue.counters.received == 3 * sent)
        #expect(queue.counters.deleted == 0)
        #expect(sim.messaging.queues[1].state.visible == sent, "the named DLQ holds every message")
        #expect(sim.snapshot().events.contains { $0.message.contains("consumers crash") })
    }
}
