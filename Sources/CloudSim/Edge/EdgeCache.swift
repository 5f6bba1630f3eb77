import Foundation

/// One CloudFront cache (an edge location, a regional edge cache or Origin Shield) over a
/// Zipf catalogue, as a mean-field model over popularity classes.
///
/// Per class it keeps the fraction of objects holding a copy (`cached`) and the fraction
/// holding a fresh one (`fresh`). Each tick (see `step`) requests are classified as Hit
/// (fresh copy), RefreshHit (expired copy, revalidated upstream) or Miss; missed objects are
/// inserted; fresh copies expire with the class's TTL (hits do not reset it; steady state
/// `rT / (1 + rT)`); and when the cache is over capacity it evicts like LRU under Che's
/// approximation: it finds the window T for which "requested within the last T" fills
/// exactly the capacity, so a class settles at `1 - exp(-r T)`. A tick costs O(classes),
/// independent of the request rate and the catalogue size.
public struct EdgeCache: Sendable, Equatable {
    /// The popularity classes (and TTLs) of the objects this cache can hold.
    public let classes: EdgePopularityClasses
    /// Capacity in objects or bytes; eviction applies from the next tick on.
    public var capacity: EdgeCacheCapacity
    /// Per class: fraction of objects holding a copy, fresh or expired.
    public internal(set) var cached: [Double]
    /// Per class: fraction of objects holding a fresh copy (never above `cached`).
    public internal(set) var fresh: [Double]
    /// The LRU characteristic time in seconds after the last tick (copies last requested
    /// longer ago than this are gone); nil while everything fits.
    public internal(set) var characteristicTime: Double?
    /// Work units of the last tick: class visits, including each solver iteration. It bounds
    /// the tick's cost and does not grow with the request rate.
    public internal(set) var lastTickWork = 0

    /// Cached error responses.
    var errorEntries: EdgeErrorEntries
    /// Scratch per class, reused every tick: copies requested this tick, copies not requested,
    /// fresh copies of each group, expected requests per object and the chance an object is
    /// requested in the tick (`1 - exp(-rho)`).
    var requestedCached: [Double]
    var oldCached: [Double]
    var requestedFresh: [Double]
    var oldFresh: [Double]
    var perObjectRequests: [Double]
    var requestChance: [Double]
    /// Per segment: fraction of fresh copies still fresh after one tick of `expiryTick` seconds.
    var segmentExpiry: [Double] = []
    var expiryTick: Double = -1

    /// An empty cache over `classes`, caching errors for `errorCachingTTL` seconds.
    public init(classes: EdgePopularityClasses, capacity: EdgeCacheCapacity, errorCachingTTL: Double = 10) {
        self.classes = classes
        self.capacity = capacity
        let zeros = Array(repeating: 0.0, count: classes.count)
        cached = zeros
        fresh = zeros
        requestedCached = zeros
        oldCached = zeros
        requestedFresh = zeros
        oldFresh = zeros
        perObjectRequests = zeros
        requestChance = zeros
        errorEntries = EdgeErrorEntries(classCount: classes.count, ttl: errorCachingTTL)
    }

    /// Objects holding a copy.
    public var cachedObjects: Double {
        zip(cached, classes.objects).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// Bytes held.
    public var cachedBytes: Double {
        classes.objects.indices.reduce(0) { $0 + cached[$1] * classes.objects[$1] * classes.objectBytes[$1] }
    }

    /// Occupancy in the capacity's unit (objects or bytes).
    public var occupancy: Double { capacity.countsBytes ? cachedBytes : cachedObjects }

    /// Probability that a request following the catalogue's popularity finds a fresh copy
    /// (the expected Hit ratio of an edge whose viewers follow the catalogue).
    public var expectedHitRatio: Double {
        zip(classes.requestShare, fresh).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// Fraction of class `index`'s objects answering with a cached error.
    public func errorFraction(ofClass index: Int) -> Double { errorEntries.fraction(index) }

    /// Empties the cache (a `/*` invalidation): every later request misses until the cache
    /// warms up again. Cached errors are kept.
    public mutating func invalidate() {
        for index in cached.indices {
            cached[index] = 0
            fresh[index] = 0
        }
        characteristicTime = nil
    }

    /// Per class, the probability that a request from the tier below gets the object here,
    /// given what this cache's own upstream can deliver: a fresh copy always; an expired copy
    /// if it revalidates or stale copies are served; no copy if the fetch succeeds. Requests
    /// for objects with a cached error fail.
    public func servableFraction(through upstream: EdgeUpstream, into fractions: inout [Double]) {
        fractions.removeAll(keepingCapacity: true)
        for index in cached.indices {
            let available = upstream.availability(ofClass: index)
            let x = cached[index]
            let f = min(fresh[index], x)
            let staleOK = upstream.servesStale ? 1.0 : 0.0
            let servable = f + (x - f) * (available + (1 - available) * staleOK) + (1 - x) * available
            fractions.append((1 - errorEntries.fraction(index)) * servable)
        }
    }
}
