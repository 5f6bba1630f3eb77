import Foundation

extension EdgeCache {
    /// Advances the cache by one tick of `dt` seconds.
    ///
    /// Requests of each class are drawn binomially as cached errors, Hits (fresh copy),
    /// RefreshHits (expired copy) and Misses. Misses and revalidations go upstream collapsed:
    /// simultaneous requests for one object in a tick make one upstream request, added to
    /// `forward` (which the caller resets; it is the next tier's demand). Fetches succeed with
    /// `upstream`'s availability; a failed fetch answers an error that is cached, a failed
    /// revalidation serves the expired copy if `upstream.servesStale`. The state then moves in
    /// expectation: requested objects are inserted or refreshed, fresh copies expire, and the
    /// LRU window evicts down to capacity.
    public mutating func step(
        _ demand: EdgeCacheDemand, dt: Double, upstream: EdgeUpstream = .available,
        forwardingTo forward: inout EdgeCacheDemand, random: inout SimRandom
    ) -> EdgeCacheTickResult {
        precondition(demand.counts.count == classes.count && forward.counts.count == classes.count)
        refreshExpiry(dt: dt)
        var result = EdgeCacheTickResult()
        lastTickWork = classes.count
        let staleOK = upstream.servesStale
        for index in 0..<classes.count {
            let requests = demand.counts[index]
            let objects = classes.objects[index]
            let size = classes.objectBytes[index]
            let x = cached[index]
            let f = min(fresh[index], x)
            let blocked = errorEntries.fraction(index)
            let available = upstream.availability(ofClass: index)
            let rho = objects > 0 ? demand.expected[index] / objects : 0
            let chance = Self.requestChance(rho)
            perObjectRequests[index] = rho
            requestChance[index] = chance
            if requests == 0 {
                // Nothing drawn, nothing touched: only the expected upstream demand and the
                // expiry of what is cached (the full path below gives exactly this).
                forward.expected[index] += objects * (1 - blocked) * (1 - f) * chance
                let keepFresh = segmentExpiry[classes.segmentIndex[index]]
                requestedCached[index] = 0
                oldCached[index] = x
                requestedFresh[index] = 0
                oldFresh[index] = f * keepFresh
                continue
            }

            let cachedErrors = random.binomial(requests, blocked)
            let open = requests - cachedErrors
            let hits = random.binomial(open, x)
            let freshHits = x > 0 ? random.binomial(hits, f / x) : 0
            let refreshes = hits - freshHits
            let misses = open - hits
            let missesServed = available >= 1 ? misses : random.binomial(misses, available)
            let refreshesOK = available >= 1 ? refreshes : random.binomial(refreshes, available)
            let stale = staleOK ? refreshes - refreshesOK : 0
            var missFetches = Self.distinct(misses, over: objects * (1 - x) * (1 - blocked), random: &random)
            var refreshFetches = Self.distinct(
                refreshes, over: objects * (x - f) * (1 - blocked), random: &random)
            // The mean field may split one object between "missing" and "expired"; never
            // fetch more objects than the class's non-fresh requests touch.
            let touchedObjects = Self.distinct(
                misses + refreshes, over: objects * (1 - f) * (1 - blocked), random: &random)
            let excess = missFetches + refreshFetches - touchedObjects
            if excess > 0 {
                let fromRefreshes = min(excess, refreshFetches)
                refreshFetches -= fromRefreshes
                missFetches -= excess - fromRefreshes
            }
            let goodFetches = available >= 1 ? missFetches : random.binomial(missFetches, available)

            result.requests += requests
            result.hits += freshHits
            result.refreshHits += refreshes
            result.misses += misses
            result.cachedErrors += cachedErrors
            result.staleServed += stale
            result.errors += cachedErrors + (misses - missesServed) + (refreshes - refreshesOK - stale)
            result.originRequests += missFetches + refreshFetches
            let fromCache = Double(freshHits + refreshesOK + stale) * size
            result.bytesFromCache += fromCache
            result.bytesServed += fromCache + Double(missesServed) * size
            result.bytesFromOrigin += Double(goodFetches) * size
            forward.counts[index] += missFetches + refreshFetches
            forward.expected[index] += objects * (1 - blocked) * (1 - f) * chance

            // Expected state change: `touched` is the fraction of the class's objects requested.
            let touched = Self.touchedFraction(requests: requests, objects: objects)
            let reaching = touched * (1 - blocked)
            let inserted = reaching * (1 - x) * available
            let revalidated = reaching * (x - f) * available
            let failed = reaching * (1 - available) * ((1 - x) + (staleOK ? 0 : x - f))
            if failed > 0 && upstream.cachesErrors { errorEntries.add(failed, to: index) }
            let keepFresh = segmentExpiry[classes.segmentIndex[index]]
            requestedCached[index] = touched * x + inserted
            oldCached[index] = x * (1 - touched)
            requestedFresh[index] = touched * f * keepFresh + revalidated + inserted
            oldFresh[index] = f * (1 - touched) * keepFresh
        }
        evict(dt: dt)
        errorEntries.advance(by: dt)
        return result
    }

    /// Advances one tick without a next tier (the upstream requests are only counted).
    public mutating func step(
        _ demand: EdgeCacheDemand, dt: Double, upstream: EdgeUpstream = .available, random: inout SimRandom
    ) -> EdgeCacheTickResult {
        var forward = EdgeCacheDemand(classCount: classes.count)
        return step(demand, dt: dt, upstream: upstream, forwardingTo: &forward, random: &random)
    }

    /// Upstream requests for `requests` requests spread over `objects` equally popular
    /// objects: the expected number of distinct objects among them, rounded at random,
    /// between 1 and `requests`.
    static func distinct(_ requests: Int, over objects: Double, random: inout SimRandom) -> Int {
        guard requests > 1 else { return requests }
        let expected = objects <= 1 ? 1 : objects * -expm1(Double(requests) * log1p(-1 / objects))
        let whole = expected.rounded(.down)
        var count = Int(whole)
        if expected > whole && random.uniform() < expected - whole { count += 1 }
        return min(requests, max(1, count))
    }

    /// Chance that an object with `rho` expected requests this tick gets at least one,
    /// `1 - exp(-rho)`; a cubic series below 1e-3 (relative error under 1e-13) spares the
    /// transcendental call for the long tail of a catalogue.
    static func requestChance(_ rho: Double) -> Double {
        rho < 1e-3 ? rho * (1 - rho * (0.5 - rho / 6)) : -expm1(-rho)
    }

    /// Expected fraction of `objects` equally popular objects that `requests` requests touch.
    static func touchedFraction(requests: Int, objects: Double) -> Double {
        guard requests > 0 else { return 0 }
        if objects <= 1 { return 1 }
        return -expm1(Double(requests) * log1p(-1 / objects))
    }

    /// Recomputes each segment's per-tick freshness factor when the tick length changes.
    mutating func refreshExpiry(dt: Double) {
        guard dt != expiryTick || segmentExpiry.count != classes.segments.count else { return }
        expiryTick = dt
        segmentExpiry = classes.segments.map { segment in
            segment.ttl.isInfinite ? 1 : (segment.ttl > 0 ? exp(-dt / segment.ttl) : 0)
        }
    }
}
