extension ApiGatewayStageState {
    /// Admits one tick's requests against `account` (shared by the account's stages). Buckets
    /// refill once per tick, however many calls the tick makes.
    public mutating func admit(
        tick: Int, requests: [ApiGatewayRequests], account: inout ApiGatewayAccount, random: inout SimRandom
    ) -> ApiGatewayAdmission {
        if refilledTick != tick {
            refilledTick = tick
            bucket.refill(seconds: tickSeconds)
            for m in methodBuckets.indices { methodBuckets[m].refill(seconds: tickSeconds) }
        }
        if account.refilledTick != tick {
            account.refilledTick = tick
            account.bucket.refill(seconds: tickSeconds)
            for k in account.keys.indices { account.keys[k].bucket?.refill(seconds: tickSeconds) }
        }
        var result = ApiGatewayAdmission()
        for group in requests {
            result.received += group.count
            var n = group.count
            let key = group.apiKey.flatMap { account.keyIndex($0) }
            if config.apiKeyRequired && key == nil {
                result.forbidden += n
                continue
            }
            if let key {
                let plan = account.usagePlans[account.keys[key].plan]
                if let limit = plan.quotaLimit {
                    let period = Int(Double(tick) * tickSeconds / plan.quotaPeriod.seconds)
                    if period != account.keys[key].period {
                        account.keys[key].period = period
                        account.keys[key].quotaUsed = 0
                    }
                    let allowed = min(n, max(0, limit - account.keys[key].quotaUsed))
                    result.quotaExceeded += n - allowed
                    n = allowed
                }
                if var keyBucket = account.keys[key].bucket {
                    n = keyBucket.take(n)
                    account.keys[key].bucket = keyBucket
                }
            }
            if let method = group.method, let m = config.methodThrottles.firstIndex(where: { $0.method == method }) {
                n = methodBuckets[m].take(n)
            }
            n = account.bucket.take(bucket.take(n))
            if let key { account.keys[key].quotaUsed += n }
            result.forwarded += n
        }
        // Throttled = everything received that is neither forbidden, over quota nor passed.
        result.throttled = result.received - result.forbidden - result.quotaExceeded - result.forwarded
        if cache != nil { serveFromCache(&result, random: &random) }
        record(result)
        return result
    }

    /// Admits `requests` plain requests (no method, no key) against the stage's own account.
    public mutating func admit(tick: Int, requests: Int, random: inout SimRandom) -> ApiGatewayAdmission {
        var account = ownAccount
        defer { ownAccount = account }
        return admit(tick: tick, requests: [ApiGatewayRequests(count: requests)], account: &account, random: &random)
    }

    /// Answers fresh cached responses; the rest of the passed requests go to the integration.
    mutating func serveFromCache(_ result: inout ApiGatewayAdmission, random: inout SimRandom) {
        guard var cache, var demand = cacheDemand else { return }
        demand.split(result.forwarded, over: cache.classes, random: &random)
        let tick = cache.step(demand, dt: tickSeconds, random: &random)
        result.cacheHits = tick.hits
        result.forwarded -= tick.hits
        self.cache = cache
        cacheDemand = demand
    }

    /// Counts an admission: 403s and 429s are answered at once with the gateway's latency.
    mutating func record(_ result: ApiGatewayAdmission) {
        metrics.requests += result.received
        metrics.forbidden += result.forbidden
        metrics.quotaExceeded += result.quotaExceeded
        metrics.throttled += result.throttled
        metrics.cacheHits += result.cacheHits
        metrics.forwarded += result.forwarded
        metrics.succeeded += result.cacheHits
        metrics.billedRequests += result.cacheHits + result.forwarded
        let immediate = result.forbidden + result.tooManyRequests + result.cacheHits
        latencyThisSecond.record(config.overheadMs, weight: Double(immediate))
    }
}
