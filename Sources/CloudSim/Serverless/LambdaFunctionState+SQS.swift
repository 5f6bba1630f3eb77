extension LambdaFunctionState {
    /// The SQS event source mapping's poll: full batches, then a partial batch whose window
    /// has run, each admitted like any invocation; batches without concurrency are throttled
    /// (received, not invoked: their messages return to the queue).
    mutating func pollSQS(tick: Int, visible: Int, result: inout LambdaTickResult, random: inout SimRandom) {
        guard var poller else { return }
        let size = poller.config.batchSize
        let plan = poller.plan(tick: tick, visible: visible, running: wheel.busyBatches, ticksPerSecond: ticksPerSecond)
        let full = min(plan.batches, plan.messages / size)
        let partial = plan.messages - full * size
        var throttledBatches = 0
        var throttledMessages = 0
        for (batches, messages) in [(full, size), (plan.batches - full, partial)] where batches > 0 {
            let throttled = admission.admit(
                batches, probabilities: classes.probabilities, ticks: warmTicks, random: &random)
            start(.sqsBatch, tick: tick, messagesPerBatch: messages, random: &random)
            throttledBatches += throttled
            throttledMessages += throttled * messages
        }
        metrics.throttles += throttledBatches
        result.sqs.batchesReceived = plan.batches
        result.sqs.messagesReceived = plan.messages
        result.sqs.batchesThrottled = throttledBatches
        result.sqs.messagesThrottled = throttledMessages
        poller.adjust(
            visible: visible, taken: plan.messages, running: wheel.busyBatches, throttled: throttledBatches > 0,
            tickSeconds: tickSeconds)
        self.poller = poller
    }
}
