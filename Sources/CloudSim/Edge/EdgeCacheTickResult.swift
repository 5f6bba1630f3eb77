/// What one cache (or a sum of caches) did in one tick.
///
/// Every request is exactly one of `hits`, `refreshHits`, `misses` or `cachedErrors`
/// (CloudFront's `x-edge-result-type` Hit / RefreshHit / Miss / Error). Separately, every
/// request is either served or answered with an error: `requests == served + errors`.
public struct EdgeCacheTickResult: Sendable, Equatable {
    /// Requests that arrived.
    public var requests = 0
    /// Served from a fresh cached copy.
    public var hits = 0
    /// Found an expired copy and revalidated it upstream (a 304 keeps the copy).
    public var refreshHits = 0
    /// Found no copy and fetched the object upstream.
    public var misses = 0
    /// Answered from a cached error response without going upstream.
    public var cachedErrors = 0
    /// Refresh hits whose revalidation failed and that got the expired copy instead.
    public var staleServed = 0
    /// Requests answered with an error (cached errors plus failed fetches).
    public var errors = 0
    /// Requests sent upstream: misses and revalidations, collapsed to one per object per tick.
    public var originRequests = 0
    /// Bytes answered from cached copies.
    public var bytesFromCache: Double = 0
    /// Object bytes fetched from upstream (revalidations answered 304 carry no body).
    public var bytesFromOrigin: Double = 0
    /// Bytes delivered to the requesters.
    public var bytesServed: Double = 0

    /// An empty result.
    public init() {}

    /// Requests that got the object.
    public var served: Int { requests - errors }

    /// Share of requests served from a fresh copy (Hit); 0 without requests.
    public var hitRatio: Double { requests > 0 ? Double(hits) / Double(requests) : 0 }

    /// Share of requests answered from a cached copy, fresh or revalidated (Hit + RefreshHit).
    public var cacheHitRate: Double { requests > 0 ? Double(hits + refreshHits) / Double(requests) : 0 }

    /// Adds another result to this one (for totals over edges or ticks).
    public static func += (lhs: inout EdgeCacheTickResult, rhs: EdgeCacheTickResult) {
        lhs.requests += rhs.requests
        lhs.hits += rhs.hits
        lhs.refreshHits += rhs.refreshHits
        lhs.misses += rhs.misses
        lhs.cachedErrors += rhs.cachedErrors
        lhs.staleServed += rhs.staleServed
        lhs.errors += rhs.errors
        lhs.originRequests += rhs.originRequests
        lhs.bytesFromCache += rhs.bytesFromCache
        lhs.bytesFromOrigin += rhs.bytesFromOrigin
        lhs.bytesServed += rhs.bytesServed
    }
}
