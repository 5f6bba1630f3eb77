extension LambdaFunctionState {
    /// Queues this tick's asynchronous events, then starts ready events attempt by attempt
    /// while concurrency lasts; those left are backed off (throttled, retried later).
    mutating func serveAsync(tick: Int, arrivals: Int, result: inout LambdaTickResult, random: inout SimRandom) {
        if arrivals > 0 {
            metrics.asyncEventsQueued += arrivals
            if config.reservedConcurrency == 0 {
                // Reserved concurrency 0: the function is throttled entirely and events go
                // straight to the DLQ or on-failure destination (section 8.1).
                giveUp(arrivals)
                result.asyncEventsGivenUp += arrivals
            } else {
                asyncQueue.enqueue(arrivals, enqueueTick: tick, attempt: 0, readyTick: tick)
            }
        }
        guard asyncQueue.depth > 0 else { return }
        for attempt in 0...2 {
            let ready = asyncQueue.ready(tick: tick, attempt: attempt)
            guard ready > 0 else { continue }
            let throttled = admission.admit(
                ready, probabilities: classes.probabilities, ticks: warmTicks, random: &random)
            let admitted = ready - throttled
            let tickSum = asyncQueue.take(admitted, tick: tick, attempt: attempt)
            let mean = admitted > 0 ? tickSum / Double(admitted) : 0
            start(.asynchronous(attempt: attempt), tick: tick, enqueueTickMean: mean, random: &random)
            result.asyncAttemptsStarted += admitted
            result.asyncAttemptsThrottled += throttled
            metrics.throttles += throttled
        }
        asyncQueue.backOffReady(tick: tick)
    }

    /// Settles asynchronous attempts that finished: successes count, failures are retried
    /// 1 minute (second attempt) or 2 minutes (third attempt) after the failure, or given up.
    mutating func settleAsync(tick: Int, result: inout LambdaTickResult) {
        for attempt in 0...2 {
            let done = finishing[attempt: attempt]
            guard done.count > 0 else { continue }
            metrics.asyncEventsSucceeded += done.count - done.failed
            guard done.failed > 0 else { continue }
            if attempt < config.async.maximumRetryAttempts {
                let delay = LambdaAsyncConfig.retryDelaysSeconds[attempt]
                let firstQueued = Int((done.enqueueTickSum / Double(done.count)).rounded())
                asyncQueue.enqueue(
                    done.failed, enqueueTick: firstQueued, attempt: attempt + 1,
                    readyTick: tick + Int((delay / tickSeconds).rounded()))
                metrics.asyncRetries += done.failed
            } else {
                giveUp(done.failed)
                result.asyncEventsGivenUp += done.failed
            }
        }
    }

    /// Sends `n` events that will not be tried again to the function's failure target.
    mutating func giveUp(_ n: Int) {
        guard n > 0 else { return }
        switch config.async.onFailure {
        case .none: metrics.asyncEventsDiscarded += n
        case .deadLetterQueue: metrics.sentToDeadLetterQueue += n
        case .onFailureDestination: metrics.sentToOnFailureDestination += n
        }
    }
}
