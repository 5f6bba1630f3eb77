/// A CloudFront distribution as a scenario describes it.
///
/// Requests from each client region go to that region's edge locations; misses go to the
/// region's regional edge cache (if `regionalEdgeCacheCapacity` is set), then to Origin Shield
/// (if `originShieldRegion` is set), then to the origin or origin group.
public struct CloudFrontDistributionConfig: Sendable, Equatable {
    /// Distribution name.
    public var name: String
    /// Which edge locations may serve, and how viewers are billed.
    public var priceClass: CloudFrontPriceClass
    /// The origin or origin group behind every behaviour.
    public var origin: CloudFrontOriginTarget
    /// Connection attempts and timeout toward the origin.
    public var originConnection: CloudFrontOriginConnection
    /// Ordered cache behaviours, matched before the default one (first match wins).
    public var behaviors: [CloudFrontCacheBehavior]
    /// The default cache behaviour (path pattern `*`).
    public var defaultBehavior: CloudFrontCacheBehavior
    /// AWS Region of Origin Shield; nil disables the shield tier.
    public var originShieldRegion: String?
    /// Viewer populations and their edge locations.
    public var clientRegions: [CloudFrontClientRegion]
    /// Capacity of each edge location's cache.
    public var edgeCapacity: EdgeCacheCapacity
    /// Capacity of each regional edge cache (one per client region); nil disables the tier.
    public var regionalEdgeCacheCapacity: EdgeCacheCapacity?
    /// Capacity of the Origin Shield cache.
    public var originShieldCapacity: EdgeCacheCapacity
    /// Error Caching Minimum TTL: how long a 4xx/5xx answer is cached (CloudFront: 10 s).
    public var errorCachingMinTTL: Double
    /// How long after an origin outage begins expired copies are still served instead of an
    /// error (default: the error-caching TTL, 10 s); nil serves them for the whole outage.
    public var staleIfErrorSeconds: Double?
    /// Time for an edge location to answer a viewer from its cache, in milliseconds (our
    /// choice, 10 ms; a miss adds the origin's time).
    public var edgeLatencyMillis: Double
    /// Status codes from the primary that make an origin group try its secondary (connection
    /// failures and timeouts always do).
    public var failoverStatusCodes: [Int] = CloudFrontOriginConnection.defaultFailoverStatusCodes

    /// Creates a distribution; defaults follow CloudFront's.
    public init(
        name: String, priceClass: CloudFrontPriceClass = .all, origin: CloudFrontOriginTarget,
        originConnection: CloudFrontOriginConnection = CloudFrontOriginConnection(),
        behaviors: [CloudFrontCacheBehavior] = [],
        defaultBehavior: CloudFrontCacheBehavior = CloudFrontCacheBehavior(),
        originShieldRegion: String? = nil, clientRegions: [CloudFrontClientRegion],
        edgeCapacity: EdgeCacheCapacity = .objects(1_000),
        regionalEdgeCacheCapacity: EdgeCacheCapacity? = nil,
        originShieldCapacity: EdgeCacheCapacity = .unlimited, errorCachingMinTTL: Double = 10,
        staleIfErrorSeconds: Double? = 10, edgeLatencyMillis: Double = 10
    ) {
        self.name = name
        self.priceClass = priceClass
        self.origin = origin
        self.originConnection = originConnection
        self.behaviors = behaviors
        self.defaultBehavior = defaultBehavior
        self.originShieldRegion = originShieldRegion
        self.clientRegions = clientRegions
        self.edgeCapacity = edgeCapacity
        self.regionalEdgeCacheCapacity = regionalEdgeCacheCapacity
        self.originShieldCapacity = originShieldCapacity
        self.errorCachingMinTTL = max(0, errorCachingMinTTL)
        self.staleIfErrorSeconds = staleIfErrorSeconds
        self.edgeLatencyMillis = max(0, edgeLatencyMillis)
    }

    /// Every behaviour in match order: the ordered ones, then the default.
    public var orderedBehaviors: [CloudFrontCacheBehavior] { behaviors + [defaultBehavior] }

    /// The behaviour that handles `path`: the first ordered behaviour whose pattern matches,
    /// else the default.
    public func behavior(forPath path: String) -> CloudFrontCacheBehavior {
        behaviors.first { $0.matches(path: path) } ?? defaultBehavior
    }
}
