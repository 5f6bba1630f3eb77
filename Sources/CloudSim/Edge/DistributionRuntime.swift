/// A CloudFront distribution inside the simulation: the cache model plus the engine's side
/// (where its origin is, this tick's viewer requests, per-second figures).
///
/// Behaviours with caching disabled bypass the cache model: their requests go to the origin
/// one for one, uncollapsed, and count as misses.
struct DistributionRuntime: Sendable {
    var config: CloudFrontDistributionConfig
    /// The cache model of the cached behaviours (nil when every behaviour disables caching).
    var cache: CloudFrontDistributionState?
    /// Share of viewer requests whose behaviour disables caching.
    let uncachedShare: Double
    /// Representative paths and relative shares of the uncached behaviours (for LB rules).
    let uncachedPaths: [String]
    let uncachedWeights: [Double]
    /// Path used to match origin fetches of cached behaviours against load balancer rules.
    let cachedPath: String
    /// Primary and secondary origins (the secondary only for an origin group).
    let primary: EdgeEndpoint?
    let secondary: EdgeEndpoint?
    /// Network round trip from each client region's edges to the primary and secondary
    /// origins, ms.
    var primaryRTT: [Double] = []
    var secondaryRTT: [Double] = []
    /// Viewer requests per client region this tick (cleared after the CloudFront stage).
    var viewer: [Int]
    /// Expected viewer requests per second per client region this tick (for the origin's λ).
    var viewerRate: [Double]
    /// Requests waiting on origin timeouts (in flight, for the conservation check).
    var waiting = 0
    /// How the origin answered in the last tick.
    var status = CloudFrontOriginStatus.healthy
    /// Invalidations so far.
    var invalidations = 0
    /// Smoothed origin fetch rate (requests per second), the λ it offers its origin.
    var originFetchRate = 0.0

    // This second's sums, and the last complete second.
    var viewerSecond = EdgeCacheTickResult()
    var edgesSecond: [EdgeCacheTickResult]
    var uncachedSecond = 0
    var originRequestsSecond = 0
    var originBytesSecond = 0.0
    var failedSecond = 0
    var last = DistributionSecond()
    var bytesSavedTotal = 0.0
    var hitRatioHistory = RingBuffer(capacity: 600, filler: 0.0)
    /// Cost so far and in the last second (USD).
    var cost = 0.0
    var costSecond = 0.0

    init(config: CloudFrontDistributionConfig, primary: EdgeEndpoint?, secondary: EdgeEndpoint?) {
        self.config = config
        self.primary = primary
        self.secondary = secondary
        let behaviours = config.orderedBehaviors
        let total = behaviours.reduce(0) { $0 + $1.requestShare }
        let uncached = behaviours.filter(\.isCachingDisabled)
        let uncachedTotal = uncached.reduce(0) { $0 + $1.requestShare }
        uncachedShare = total > 0 ? uncachedTotal / total : 0
        uncachedPaths = uncached.map(\.representativePath)
        uncachedWeights = uncached.map(\.requestShare)
        let cachedBehaviours = behaviours.filter { !$0.isCachingDisabled }
        cachedPath = cachedBehaviours.first?.representativePath ?? "/"
        if let last = cachedBehaviours.last {
            var cachedConfig = config
            cachedConfig.behaviors = Array(cachedBehaviours.dropLast())
            cachedConfig.defaultBehavior = last
            cache = CloudFrontDistributionState(config: cachedConfig)
        } else {
            cache = nil
        }
        viewer = Array(repeating: 0, count: config.clientRegions.count)
        viewerRate = Array(repeating: 0, count: config.clientRegions.count)
        edgesSecond = Array(repeating: EdgeCacheTickResult(), count: cache?.edges.count ?? 0)
    }
}

/// A distribution's figures over the last complete second.
struct DistributionSecond: Sendable {
    var viewer = EdgeCacheTickResult()
    var edges: [EdgeCacheTickResult] = []
    var uncached = 0
    var originRequests = 0
    var originBytes = 0.0
    var failed = 0
}
