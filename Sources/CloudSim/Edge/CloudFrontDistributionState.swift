/// A CloudFront distribution in motion: edge caches per client region, optional regional
/// edge caches and Origin Shield, and the origin's side of things.
///
/// Call `step` once per tick with each client region's viewer requests; misses chain
/// edge -> regional edge cache -> Origin Shield -> origin, collapsed at every tier. The
/// cost of a tick grows with the number of caches and popularity classes, never with the
/// request rate or the catalogue size.
public struct CloudFrontDistributionState: Sendable, Equatable {
    /// The distribution's configuration.
    public let config: CloudFrontDistributionConfig
    /// Popularity classes of every behaviour's objects, with each behaviour's TTL.
    public let classes: EdgePopularityClasses
    /// Edge location caches, region by region (see `edgeRange(ofRegion:)`).
    public internal(set) var edges: [EdgeCache]
    /// One regional edge cache per client region; empty without that tier.
    public internal(set) var regionalCaches: [EdgeCache]
    /// The Origin Shield cache, if configured.
    public internal(set) var originShield: EdgeCache?
    /// Simulated seconds stepped so far.
    public internal(set) var time: Double = 0

    /// Outage start and requests waiting on origin timeouts.
    var originTracker = CloudFrontOriginTracker()
    /// First edge index of each region, plus the total at the end.
    let edgeStart: [Int]
    /// Equal weights over each region's edges (for the multinomial split).
    let edgeWeights: [[Double]]
    /// Scratch, reused every tick.
    var edgeDemand: EdgeCacheDemand
    var regionalDemand: [EdgeCacheDemand]
    var shieldDemand: EdgeCacheDemand
    var originDemand: EdgeCacheDemand
    var edgeSplit: [Int] = []
    var regionalServable: [[Double]]
    var shieldServable: [Double] = []

    /// A cold distribution (every cache empty) built from `config`.
    public init(config: CloudFrontDistributionConfig) {
        self.config = config
        let segments = config.orderedBehaviors.map {
            EdgePopularityClasses.Segment(
                catalogue: $0.catalogue, requestShare: $0.requestShare, ttl: $0.effectiveTTL)
        }
        let classes = EdgePopularityClasses(segments: segments)
        self.classes = classes
        func cache(_ capacity: EdgeCacheCapacity) -> EdgeCache {
            EdgeCache(classes: classes, capacity: capacity, errorCachingTTL: config.errorCachingMinTTL)
        }
        let regions = config.clientRegions
        var start = [0]
        for region in regions { start.append(start[start.count - 1] + region.edgeLocations) }
        edgeStart = start
        edgeWeights = regions.map { Array(repeating: 1.0, count: $0.edgeLocations) }
        edges = Array(repeating: cache(config.edgeCapacity), count: start[start.count - 1])
        regionalCaches =
            config.regionalEdgeCacheCapacity.map { Array(repeating: cache($0), count: regions.count) } ?? []
        originShield = config.originShieldRegion == nil ? nil : cache(config.originShieldCapacity)
        edgeDemand = EdgeCacheDemand(classCount: classes.count)
        regionalDemand = Array(repeating: edgeDemand, count: regionalCaches.count)
        shieldDemand = edgeDemand
        originDemand = edgeDemand
        regionalServable = Array(repeating: [], count: regionalCaches.count)
    }

    /// Indices in `edges` (and in a tick result's `edges`) of region `region`'s edge locations.
    public func edgeRange(ofRegion region: Int) -> Range<Int> { edgeStart[region]..<edgeStart[region + 1] }

    /// Start of the current origin outage; nil while the origin answers.
    public var outageStart: Double? { originTracker.outageStart }

    /// Viewer requests currently waiting on origin connection timeouts.
    public var waitingOnOrigin: Int { originTracker.waiting }

    /// Invalidates `/*`: every cache (edges, regional, shield) is emptied. Hit ratios drop to
    /// zero and recover as the caches warm up again.
    public mutating func invalidate() {
        for index in edges.indices { edges[index].invalidate() }
        for index in regionalCaches.indices { regionalCaches[index].invalidate() }
        originShield?.invalidate()
    }
}
