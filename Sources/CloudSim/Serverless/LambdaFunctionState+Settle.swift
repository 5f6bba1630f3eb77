extension LambdaFunctionState {
    /// Settles everything that finished this tick: outcomes, retries, SQS results, billing.
    mutating func settle(tick: Int, result: inout LambdaTickResult) {
        let sync = finishing.synchronous
        result.synchronousSucceeded = sync.count - sync.failed
        result.synchronousFailed = sync.failed
        let batches = finishing.sqsBatches
        result.sqs.batchesSucceeded = batches.count - batches.failed
        result.sqs.batchesFailed = batches.failed
        result.sqs.messagesSucceeded = batches.messages - batches.failedMessages
        result.sqs.messagesFailed = batches.failedMessages
        settleAsync(tick: tick, result: &result)
        let failed =
            sync.failed + batches.failed + finishing.firstAttempts.failed + finishing.secondAttempts.failed
            + finishing.thirdAttempts.failed
        metrics.completions += finishing.environments
        metrics.errors += failed
        metrics.billedMilliseconds += finishing.billedMs
        metrics.gbSeconds += Double(finishing.billedMs) / 1_000 * config.memoryGB
        metrics.provisionedGBSeconds += Double(config.provisionedConcurrency) * config.memoryGB * tickSeconds
    }

    /// Closes the tick: concurrency, and every simulated second the per-second figures,
    /// duration percentiles, history and throttling events.
    mutating func endTick(tick: Int, limit: Int, throttled: Int) {
        concurrency = max(0, Double(wheel.busy) - notYetStarted) + shortUnits
        metrics.second.peakConcurrency = max(metrics.second.peakConcurrency, concurrency)
        if throttled > 0 && !wasThrottling {
            wasThrottling = true
            let usage = "concurrency \(Int(concurrency.rounded())) of \(limit)"
            log(tick, .warning, "\(name) is throttling (\(usage), \(pool.scalingHeadroom) new environments allowed)")
        }
        guard (tick + 1) % ticksPerSecond == 0 else { return }
        if wasThrottling && metrics.throttles == metrics.second.throttles {
            wasThrottling = false
            log(tick, .info, "\(name) stopped throttling")
        }
        concurrencyHistory.append(metrics.second.peakConcurrency)
        metrics.closeSecond()
        durations.merge(durationsThisSecond)
        swap(&durationsLastSecond, &durationsThisSecond)
        durationsThisSecond.reset()
    }
}
