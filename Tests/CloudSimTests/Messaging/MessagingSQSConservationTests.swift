import CloudSim
import Testing

/// sent = deleted + visible + in flight + delayed + DLQ + expired, asserted every tick, and
/// Little's law for the queue and for the workers.
@Suite struct MessagingSQSConservationTests {
    @Test(
        "conservation holds every tick with errors, delay, redrive, retention and a crash",
        arguments: [SQSQueueType.standard, .fifo])
    func conservationEveryTick(_ type: SQSQueueType) {
        var queue = SQSQueueState(
            config: SQSQueueConfig(
                name: "q", type: type, visibilityTimeoutSeconds: 5, retentionSeconds: 120,
                deliveryDelaySeconds: 2,
                maxReceiveCount: 2, messageGroups: 8),
            consumer: SQSConsumerConfig(
                consumers: 6, batchSize: 3, meanProcessingSeconds: 0.5, errorRate: 0.3))
        var random = SimRandom(seed: 21)
        for tick in 1...6_000 {
            queue.consumersCrashed = (2_000..<2_600).contains(tick)
            if tick == 4_000 { queue.setConsumers(1) }
            queue.send(random.poisson(mean: 4), tick: tick, batchSize: 5)
            queue.step(tick: tick, random: &random)
            let problems = queue.problems()
            #expect(problems.isEmpty, "tick \(tick): \(problems)")
            if !problems.isEmpty { break }
        }
        let c = queue.counters
        #expect(c.deleted > 0 && c.deadLettered > 0 && c.expired > 0 && c.returned > 0)
        print(
            "SQS-CONSERVATION \(type) sent=\(c.sent) deleted=\(c.deleted) dlq=\(c.deadLettered) expired=\(c.expired)"
        )
    }

    @Test("Little's law: visible = rate x wait, busy workers = rate x processing time")
    func littlesLaw() {
        var queue = SQSQueueState(
            config: SQSQueueConfig(name: "q"), consumer: SQSConsumerConfig(consumers: 4), tickSeconds: 0.01)
        let run = MessagingTestSupport.run(
            &queue, rate: 32, warmup: 100, seconds: 5_000, seed: 8, checkEvery: 1_000)
        let queueL = run.receiveRate * run.meanWait
        let busyL = run.receiveRate * run.meanProcessing
        #expect(abs(run.meanVisible / queueL - 1) < 0.01, "Lq \(run.meanVisible) vs λWq \(queueL)")
        #expect(abs(run.meanBusy / busyL - 1) < 0.01, "busy \(run.meanBusy) vs λS \(busyL)")
        #expect(abs(run.meanProcessing / 0.1 - 1) < 0.02, "mean processing \(run.meanProcessing) s")
        #expect(abs(run.meanBusy / 3.2 - 1) < 0.02, "busy \(run.meanBusy) vs offered load 3.2")
        print(
            "SQS-LITTLE Lq=\(run.meanVisible) lambdaWq=\(queueL) busy=\(run.meanBusy) lambdaS=\(busyL) "
                + "S=\(run.meanProcessing)")
    }
}
