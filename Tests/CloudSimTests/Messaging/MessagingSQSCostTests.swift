@testable import CloudSim
import Testing

/// A tick's work grows with the cohorts held, not with the message rate; same seed, same run.
@Suite struct MessagingSQSCostTests {
    /// Mean and largest cohort count over 300 s at `rate` messages/s, workers sized for 80 %
    /// utilisation at a mean processing time of 1 s (dt = 0.1 s).
    static func cohorts(rate: Double) -> (mean: Double, max: Int, queue: SQSQueueState) {
        var queue = SQSQueueState(
            config: SQSQueueConfig(name: "q"),
            consumer: SQSConsumerConfig(consumers: Int(rate * 1.25), batchSize: 10, meanProcessingSeconds: 1))
        var random = SimRandom(seed: 12)
        var sum = 0
        var most = 0
        for tick in 1...3_000 {
            queue.send(random.poisson(mean: rate * 0.1), tick: tick, batchSize: 10)
            queue.step(tick: tick, random: &random)
            sum += queue.cohortCount
            most = max(most, queue.cohortCount)
        }
        return (Double(sum) / 3_000, most, queue)
    }

    @Test("cohorts held at 100,000 messages/s within a factor 1.5 of 1,000 messages/s")
    func cohortsIndependentOfRate() {
        let slow = Self.cohorts(rate: 1_000)
        let fast = Self.cohorts(rate: 100_000)
        #expect(fast.mean < 1.5 * slow.mean && fast.max < 1_000, "1k/s: \(slow.mean), 100k/s: \(fast.mean)")
        #expect(fast.queue.problems().isEmpty && fast.queue.counters.deleted > 25_000_000)
        print("SQS-COST cohorts mean 1k/s=\(slow.mean) 100k/s=\(fast.mean) max 100k/s=\(fast.max)")
    }

    @Test("same seed, same counters")
    func deterministic() {
        let a = Self.cohorts(rate: 500).queue
        let b = Self.cohorts(rate: 500).queue
        #expect(a.counters == b.counters && a.visible == b.visible && a.inFlight == b.inFlight)
    }

    @Test("steps per engine tick keep the queue's tick within a tenth of the processing time")
    func stepsPerTick() {
        #expect(SQSQueueState.stepsPerTick(engineTickSeconds: 0.1, meanProcessingSeconds: 0.1) == 10)
        #expect(SQSQueueState.stepsPerTick(engineTickSeconds: 0.1, meanProcessingSeconds: 5) == 1)
    }
}
