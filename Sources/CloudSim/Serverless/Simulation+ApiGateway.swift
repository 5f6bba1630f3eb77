extension Simulation {
    /// API Gateway stage of the tick: every stage admits its requests (usage plans, method,
    /// stage and account buckets; 403 and 429 answered at once), answers cache hits, and hands
    /// the rest to its integration: a function (invoked synchronously in the messaging stage),
    /// a load balancer (requests of the gateway's own, like CloudFront's origin fetches) or a
    /// queue (SendMessage, answered 200 at once). Answers are counted in `completeApiStages`.
    mutating func serveApiGateway() {
        guard !messaging.stages.isEmpty else { return }
        var account = messaging.apiAccount
        var requests: [ApiGatewayRequests] = []
        for k in messaging.stages.indices {
            swap(&requests, &messaging.stages[k].requests)
            let admission = messaging.stages[k].state.admit(
                tick: tick - 1, requests: requests, account: &account, random: &random)
            requests.removeAll(keepingCapacity: true)
            swap(&requests, &messaging.stages[k].requests)
            let rate = messaging.stages[k].offeredRate
            messaging.stages[k].offeredRate = 0
            let overhead = messaging.stages[k].state.config.overheadMs
            let refused = admission.forbidden + admission.tooManyRequests
            countFailed(refused)
            countSucceeded(admission.cacheHits)
            edgeHistogramSecond.record(overhead, weight: Double(refused + admission.cacheHits))
            let n = admission.forwarded
            guard n > 0 else { continue }
            messaging.clientsInFlight += n
            let share = admission.received > 0 ? Double(n) / Double(admission.received) : 0
            forwardFromStage(k, count: n, rate: rate * share)
        }
        messaging.apiAccount = account
    }

    /// Hands `n` admitted requests of stage `k` to its integration.
    private mutating func forwardFromStage(_ k: Int, count n: Int, rate: Double) {
        if let b = messaging.stages[k].balancer {
            forwardToBalancer(n, rate: rate, balancer: b, stage: k)
            return
        }
        switch messaging.stages[k].integration {
        case .function(let f):
            messaging.functions[f].synchronous += n
            messaging.stages[k].waitingForFunction += n
        case .queue(let q):
            messaging.queues[q].sends += n
            messaging.stages[k].schedule(
                ApiGatewayIntegrationResponse(count: n, latencyMs: MessagingLatency.sendMessageMillis),
                afterTicks: 0,
                tick: tick)
        default:
            // An integration naming nothing we know: a configuration error, answered as a failure.
            messaging.stages[k].schedule(
                ApiGatewayIntegrationResponse(count: n, latencyMs: 0, succeeded: false), afterTicks: 0,
                tick: tick)
        }
    }

    /// Requests of a stage into a load balancer: the balancer serves them as requests of the
    /// gateway's own; the client's answer comes back in the same tick with the balancer's
    /// last-second error share and median latency (a balancer that is out: 504 at the timeout).
    private mutating func forwardToBalancer(_ n: Int, rate: Double, balancer b: Int, stage k: Int) {
        if isBalancerDown(b) {
            let timeout = messaging.stages[k].state.config.integrationTimeoutSeconds * 1_000 + 1
            messaging.stages[k].schedule(
                ApiGatewayIntegrationResponse(count: n, latencyMs: timeout, succeeded: false), afterTicks: 0,
                tick: tick)
            return
        }
        totals.internalArrived += n
        let rule = balancers[b].rules.firstIndex { $0.matches(path: "/", host: "") } ?? 0
        offerRate(rate, balancer: b, rule: rule)
        balancers[b].arrivalsSecond += n
        forward(n, balancer: b, rule: rule)
        let lb = balancers[b]
        let errors = lb.http502 + lb.http503 + lb.http504 + lb.targetErrors
        let failShare = lb.rps > 0 ? min(1, errors / lb.rps) : 0
        let failed = failShare > 0 ? random.binomial(n, failShare) : 0
        let latency = lb.p50
        if n > failed {
            messaging.stages[k].schedule(
                ApiGatewayIntegrationResponse(count: n - failed, latencyMs: latency), afterTicks: 0,
                tick: tick)
        }
        if failed > 0 {
            messaging.stages[k].schedule(
                ApiGatewayIntegrationResponse(count: failed, latencyMs: latency, succeeded: false),
                afterTicks: 0,
                tick: tick)
        }
    }

    /// Closes every stage's tick: the integration answers due now become the clients' 2xx,
    /// 502 (a failed function or target) or 504 (past the integration timeout), with latency =
    /// gateway overhead + integration latency.
    mutating func completeApiStages() {
        for k in messaging.stages.indices {
            messaging.stages[k].takeDue(tick: tick)
            let config = messaging.stages[k].state.config
            let timeoutMs = config.integrationTimeoutSeconds * 1_000
            for r in messaging.stages[k].due where r.count > 0 {
                messaging.clientsInFlight -= r.count
                if r.latencyMs > timeoutMs {
                    countFailed(r.count)
                    edgeHistogramSecond.record(config.overheadMs + timeoutMs, weight: Double(r.count))
                    continue
                }
                if r.succeeded { countSucceeded(r.count) } else { countFailed(r.count) }
                edgeHistogramSecond.record(config.overheadMs + r.latencyMs, weight: Double(r.count))
            }
            messaging.stages[k].state.complete(tick: tick - 1, responses: messaging.stages[k].due)
        }
    }

    /// Answers a function's synchronous invocations to the stages that asked for them: 429s at
    /// once, the started ones when they end (the function's own duration, INIT included).
    mutating func answerStages(function f: Int, throttled: Int, admitted: Int) {
        let callers = messaging.functions[f].callers
        guard !callers.isEmpty else { return }
        messaging.account.functions[f].moveSynchronousStarts(into: &messaging.starts)
        if callers.count == 1 {
            let k = callers[0]
            answerThrottles(throttled, stage: k)
            messaging.stages[k].waitingForFunction -= admitted
            for start in messaging.starts { schedule(start, stage: k) }
            return
        }
        // Several stages share the function: the 429s fall on each in proportion to what it is
        // waiting for (never more), the rest of each stage's requests were admitted.
        messaging.shares.removeAll(keepingCapacity: true)
        for k in callers { messaging.shares.append(Double(max(0, messaging.stages[k].waitingForFunction))) }
        let weights = messaging.shares
        var throttledLeft = throttled
        var waitingLeft = callers.reduce(0) { $0 + max(0, messaging.stages[$1].waitingForFunction) }
        for k in callers {
            let waiting = max(0, messaging.stages[k].waitingForFunction)
            let drawn =
                waitingLeft > 0 ? random.binomial(throttledLeft, Double(waiting) / Double(waitingLeft)) : 0
            let share = max(throttledLeft - (waitingLeft - waiting), min(waiting, drawn))
            answerThrottles(share, stage: k)
            throttledLeft -= share
            waitingLeft -= waiting
            messaging.stages[k].waitingForFunction = 0
        }
        let starts = messaging.starts
        for start in starts {
            splitAmongCallers(start.count, weights: weights)
            let counts = messaging.split
            var failedLeft = start.failed
            for (i, k) in callers.enumerated() where counts[i] > 0 {
                let failed =
                    i == callers.count - 1
                    ? failedLeft : min(failedLeft, counts[i] * start.failed / max(1, start.count))
                failedLeft -= failed
                var part = start
                part.count = counts[i]
                part.failed = min(failed, counts[i])
                schedule(part, stage: k)
            }
        }
    }

    private mutating func splitAmongCallers(_ n: Int, weights: [Double]) {
        if weights.allSatisfy({ $0 == 0 }) {
            messaging.split = Array(repeating: 0, count: weights.count)
            messaging.split[0] = n
            return
        }
        random.multinomial(n, weights: weights, into: &messaging.split)
    }

    private mutating func answerThrottles(_ n: Int, stage k: Int) {
        guard n > 0 else { return }
        messaging.stages[k].state.recordIntegrationThrottles(n)
        messaging.stages[k].waitingForFunction -= n
        messaging.clientsInFlight -= n
        countFailed(n)
        edgeHistogramSecond.record(messaging.stages[k].state.config.overheadMs, weight: Double(n))
    }

    private mutating func schedule(_ start: LambdaSynchronousStart, stage k: Int) {
        let ok = start.count - start.failed
        if ok > 0 {
            messaging.stages[k].schedule(
                ApiGatewayIntegrationResponse(count: ok, latencyMs: start.latencyMs),
                afterTicks: start.afterTicks,
                tick: tick)
        }
        if start.failed > 0 {
            messaging.stages[k].schedule(
                ApiGatewayIntegrationResponse(
                    count: start.failed, latencyMs: start.latencyMs, succeeded: false),
                afterTicks: start.afterTicks, tick: tick)
        }
    }
}
