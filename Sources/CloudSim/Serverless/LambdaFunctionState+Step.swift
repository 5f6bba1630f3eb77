extension LambdaFunctionState {
    /// First half of a tick: invocations due now finish and free their environments, idle
    /// environments past `idleReclaimSeconds` are reclaimed, asynchronous events past their
    /// maximum age leave (checked once a second).
    public mutating func beginTick(_ tick: Int) {
        finishing = wheel.take(tick: tick)
        shortUnits = 0
        notYetStarted = 0
        let reclaimed = pool.beginTick(
            tick, busy: wheel.busy, floor: config.provisionedConcurrency, reclaimSeconds: config.idleReclaimSeconds)
        metrics.environmentsReclaimed += reclaimed
        pool.release(finishing.environments, tick: tick)
        guard asyncQueue.depth > 0, tick % ticksPerSecond == 0 else { return }
        let maxAge = Int((config.async.maximumEventAgeSeconds / tickSeconds).rounded())
        let expired = asyncQueue.expire(tick: tick, maxAgeTicks: maxAge)
        metrics.asyncEventsExpired += expired
        giveUp(expired)
    }

    /// Second half of a tick: admits synchronous calls, ready asynchronous events and SQS
    /// batches (in that order) while concurrency lasts, up to `ceiling` concurrent executions
    /// (the account's share for this function); then settles what finished this tick.
    public mutating func serve(tick: Int, demand: LambdaDemand, ceiling: Int, random: inout SimRandom)
        -> LambdaTickResult
    {
        var result = LambdaTickResult()
        let limit = max(0, min(ceiling, concurrencyLimit))
        admission.free = Double(max(0, limit - wheel.busy))
        admission.warm = Double(pool.idle)
        admission.coldAllowance = pool.scalingHeadroom
        let coldBefore = metrics.coldStarts

        let syncThrottled = admission.admit(
            demand.synchronous, probabilities: classes.probabilities, ticks: warmTicks, random: &random)
        result.synchronousAdmitted = demand.synchronous - syncThrottled
        result.synchronousThrottled = syncThrottled
        metrics.synchronousThrottles += syncThrottled
        metrics.throttles += syncThrottled
        start(.synchronous, tick: tick, random: &random)

        serveAsync(tick: tick, arrivals: demand.asynchronous, result: &result, random: &random)
        if poller != nil { pollSQS(tick: tick, visible: demand.visibleMessages, result: &result, random: &random) }

        // Idle environments that served sub-tick invocations count as used now.
        let touched = pool.takeWarm(Int(shortUnits.rounded(.up)))
        pool.release(touched, tick: tick)
        result.coldStarts = metrics.coldStarts - coldBefore
        settle(tick: tick, result: &result)
        endTick(tick: tick, limit: limit, throttled: result.synchronousThrottled + result.asyncAttemptsThrottled)
        return result
    }

    /// Starts the group the admission just let in: warm ones take idle environments, cold ones
    /// create environments; each part is scheduled to finish after its duration (stochastically
    /// rounded to ticks), with failures drawn now. Returns the number started.
    @discardableResult
    mutating func start(
        _ kind: LambdaInvocationKind, tick: Int, enqueueTickMean: Double = 0, messagesPerBatch: Int = 0,
        random: inout SimRandom
    ) -> Int {
        var started = 0
        for k in 0..<classes.count {
            let warm = admission.admittedWarm[k]
            let cold = admission.admittedCold[k]
            started += warm + cold
            if warm > 0 {
                startPart(kind, tick: tick, duration: k, count: warm, cold: false, enqueueTickMean, messagesPerBatch, &random)
            }
            if cold > 0 {
                startPart(kind, tick: tick, duration: k, count: cold, cold: true, enqueueTickMean, messagesPerBatch, &random)
            }
        }
        metrics.invocations += started
        return started
    }

    /// Starts `n` invocations of duration class `k`, warm or cold.
    private mutating func startPart(
        _ kind: LambdaInvocationKind, tick: Int, duration k: Int, count n: Int, cold: Bool,
        _ enqueueTickMean: Double, _ messagesPerBatch: Int, _ random: inout SimRandom
    ) {
        var ticks = warmTicks[k] + (cold ? coldTicks : 0)
        var ms = classes.durationsMs[k] + (cold ? config.effectiveColdStartMs : 0)
        var timesOut = classes.timesOut[k]
        if faultLatencyMs > 0 {
            // Added latency lengthens the handler, up to the timeout (then it fails there).
            let timeoutMs = config.timeoutSeconds * 1_000
            let handler = min(timeoutMs, classes.durationsMs[k] + faultLatencyMs)
            timesOut = timesOut || classes.durationsMs[k] + faultLatencyMs >= timeoutMs
            ms = handler + (cold ? config.effectiveColdStartMs : 0)
            ticks = ms / (tickSeconds * 1_000)
        }
        durationsThisSecond.record(ms, weight: Double(n))
        if cold {
            pool.create(n)
            metrics.coldStarts += n
        } else if ticks >= 1 {
            _ = pool.takeWarm(n)
        } else {
            shortUnits += Double(n) * ticks
        }
        // Sub-tick warm invocations finish within this tick; longer ones end their length
        // after their start within the tick, stochastically rounded.
        let offset = admission.startOffset
        let length = cold || ticks >= 1 ? ticks + offset : 0
        if length > 0 { notYetStarted += Double(n) * offset }
        let whole = Int(length.rounded(.down))
        let later = random.binomial(n, length - Double(whole))
        let billedEach = Int(ms.rounded(.up))
        for part in 0..<2 {
            let count = part == 0 ? n - later : later
            guard count > 0 else { continue }
            let failed = timesOut ? count : random.binomial(count, errorRate)
            if timesOut { metrics.timeouts += count }
            var outcome = LambdaOutcomeCount(count: count, failed: failed, enqueueTickSum: enqueueTickMean * Double(count))
            outcome.messages = count * messagesPerBatch
            outcome.failedMessages = failed * messagesPerBatch
            let ends = cold ? max(1, whole + part) : whole + part
            if logsSynchronousStarts, kind == .synchronous {
                synchronousStarts.append(
                    LambdaSynchronousStart(
                        afterTicks: min(ends, wheel.maxTicks), count: count, failed: failed, latencyMs: ms))
            }
            if ends == 0 {
                finishing.add(kind, outcome: outcome, billedMs: count * billedEach)
            } else {
                wheel.schedule(kind, at: tick + min(ends, wheel.maxTicks), outcome: outcome, billedMs: count * billedEach)
            }
        }
    }
}
