import CloudSim
import Testing

/// Drives a queue with Poisson sends and reads its counters.
enum MessagingTestSupport {
    /// What a run measured over its measuring window.
    struct QueueRun {
        /// Mean wait from becoming visible to the first receive, in seconds.
        var meanWait: Double
        /// Share of first receives that waited.
        var waitedShare: Double
        /// Time-average visible messages.
        var meanVisible: Double
        /// Time-average busy workers.
        var meanBusy: Double
        /// First receives per second.
        var receiveRate: Double
        /// Mean processing time of a batch, in seconds.
        var meanProcessing: Double
    }

    /// Runs `queue` for `warmup + seconds` with Poisson sends at `rate` per second, checking the
    /// invariants every `checkEvery` ticks (0 = never); measures over the last `seconds`.
    static func run(
        _ queue: inout SQSQueueState, rate: Double, warmup: Double, seconds: Double, seed: UInt64,
        checkEvery: Int = 0
    ) -> QueueRun {
        var random = SimRandom(seed: seed)
        let dt = queue.tickSeconds
        let warmTicks = Int((warmup / dt).rounded())
        let total = warmTicks + Int((seconds / dt).rounded())
        var start = queue.counters
        for tick in 1...total {
            queue.send(random.poisson(mean: rate * dt), tick: tick)
            queue.step(tick: tick, random: &random)
            if checkEvery > 0 && tick % checkEvery == 0 {
                let problems = queue.problems()
                #expect(problems.isEmpty, "tick \(tick): \(problems)")
                if !problems.isEmpty { break }
            }
            if tick == warmTicks { start = queue.counters }
        }
        let end = queue.counters
        let firsts = Double(end.firstReceives - start.firstReceives)
        let ticks = Double(end.ticks - start.ticks)
        let batches = Double(end.completedBatches - start.completedBatches)
        return QueueRun(
            meanWait: Double(end.waitTicks - start.waitTicks) * dt / firsts,
            waitedShare: (end.waited - start.waited) / firsts,
            meanVisible: Double(end.visibleTicks - start.visibleTicks) / ticks,
            meanBusy: Double(end.busyTicks - start.busyTicks) / ticks,
            receiveRate: firsts / (ticks * dt),
            meanProcessing: Double(end.processingTicks - start.processingTicks) * dt / batches)
    }
}
