/// One edge location of a distribution, as the CloudFront panel shows it.
public struct CloudFrontEdgeSnapshot: Sendable, Equatable {
    /// Client region the edge serves.
    public var region: String
    /// Position among the region's edge locations (0-based).
    public var index: Int
    /// Requests for cached behaviours in the last complete second.
    public var requestsPerSecond: Double
    /// Share of them served from a fresh copy (Hit).
    public var hitRatio: Double
    /// How full the cache is (0-1); nil for an unlimited cache.
    public var fill: Double?

    /// Creates an edge snapshot.
    public init(region: String, index: Int, requestsPerSecond: Double, hitRatio: Double, fill: Double?) {
        self.region = region
        self.index = index
        self.requestsPerSecond = requestsPerSecond
        self.hitRatio = hitRatio
        self.fill = fill
    }
}

/// How a distribution's origin answers now.
public enum CloudFrontOriginStatus: String, Sendable, Equatable {
    /// The origin (or the group's primary) answers.
    case healthy
    /// The primary fails and the group's secondary answers.
    case failedOver = "failed over"
    /// The origin answers with 5xx errors.
    case serverErrors = "5xx"
    /// The origin does not answer (connection timeouts).
    case unreachable
}

/// A CloudFront distribution at one instant.
///
/// Per-second figures are over the last complete simulated second; requests of behaviours
/// with caching disabled count as misses, as in CloudFront's logs.
public struct CloudFrontSnapshot: Sendable, Equatable {
    /// Distribution name.
    public var name: String
    /// The origin, or `primary -> secondary` for an origin group.
    public var origin: String
    /// How the origin answers.
    public var originStatus: CloudFrontOriginStatus
    /// Viewer requests per second.
    public var requestsPerSecond: Double
    /// Share of viewer requests served from a fresh edge copy (Hit).
    public var hitRatio: Double
    /// Share served from a cached copy, fresh or revalidated (Hit + RefreshHit).
    public var cacheHitRate: Double
    /// Hit ratio of each past second, oldest first (up to 10 minutes).
    public var hitRatioHistory: [Double]
    /// Requests per second sent to the origin (fetches, revalidations and uncached requests).
    public var originRequestsPerSecond: Double
    /// Bytes per second fetched from the origin.
    public var originBytesPerSecond: Double
    /// Bytes per second delivered to viewers.
    public var bytesServedPerSecond: Double
    /// Bytes delivered to viewers that the origin did not send, since the start.
    public var bytesSavedTotal: Double
    /// Share of viewer requests answered with an error.
    public var errorRate: Double
    /// Viewer requests waiting on origin connection timeouts.
    public var waitingOnOrigin: Int
    /// Share of viewer requests whose behaviour has caching disabled.
    public var uncachedShare: Double
    /// Edge locations, region by region.
    public var edges: [CloudFrontEdgeSnapshot]
    /// Invalidations so far.
    public var invalidations: Int
    /// Bytes per second answered from cached copies.
    public var bytesFromCachePerSecond: Double = 0
    /// Dollars spent on the distribution so far (data transfer out and requests).
    public var costTotal: Double = 0
    /// The origin (or the group's primary) and the group's secondary, by name.
    public var primaryOrigin = ""
    public var secondaryOrigin: String?

    /// Creates a snapshot (the dashboard's tests build them by hand).
    public init(
        name: String, origin: String, originStatus: CloudFrontOriginStatus, requestsPerSecond: Double,
        hitRatio: Double, cacheHitRate: Double, hitRatioHistory: [Double], originRequestsPerSecond: Double,
        originBytesPerSecond: Double, bytesServedPerSecond: Double, bytesSavedTotal: Double, errorRate: Double,
        waitingOnOrigin: Int, uncachedShare: Double, edges: [CloudFrontEdgeSnapshot], invalidations: Int
    ) {
        self.name = name
        self.origin = origin
        self.originStatus = originStatus
        self.requestsPerSecond = requestsPerSecond
        self.hitRatio = hitRatio
        self.cacheHitRate = cacheHitRate
        self.hitRatioHistory = hitRatioHistory
        self.originRequestsPerSecond = originRequestsPerSecond
        self.originBytesPerSecond = originBytesPerSecond
        self.bytesServedPerSecond = bytesServedPerSecond
        self.bytesSavedTotal = bytesSavedTotal
        self.errorRate = errorRate
        self.waitingOnOrigin = waitingOnOrigin
        self.uncachedShare = uncachedShare
        self.edges = edges
        self.invalidations = invalidations
    }
}

/// A bucket at one instant.
public struct BucketSnapshot: Sendable, Equatable {
    /// Bucket name.
    public var name: String
    /// Its region.
    public var region: String
    /// Requests per second it answered.
    public var requestsPerSecond: Double
    /// Whether it answers (its region is up).
    public var isReachable: Bool
    /// Whether a fault makes it answer 5xx.
    public var isFailing: Bool

    /// Creates a bucket snapshot.
    public init(name: String, region: String, requestsPerSecond: Double, isReachable: Bool, isFailing: Bool) {
        self.name = name
        self.region = region
        self.requestsPerSecond = requestsPerSecond
        self.isReachable = isReachable
        self.isFailing = isFailing
    }
}

/// The clients of one traffic source in one region, resolving one name, as Route 53 sees them.
public struct DNSPopulationSnapshot: Sendable, Equatable {
    /// The name looked up.
    public var queryName: String
    /// The traffic source.
    public var source: String
    /// The client region.
    public var region: String
    /// Records Route 53 answers now, e.g. `primary` or `blue+green` (`no answer` if none).
    public var answer: String
    /// Share of the population's resolvers holding each record's answer.
    public var resolverShares: [RecordShare]
    /// Seconds until the last resolver still holding an answer Route 53 no longer gives
    /// expires (0 when every cached answer is current).
    public var staleTTLRemaining: Double
    /// TTL of the current answer, in seconds.
    public var ttlSeconds: Double
    /// Whether Route 53 answers at all (false: NXDOMAIN / NODATA, requests fail).
    public var hasAnswer = true

    /// Creates a population snapshot.
    public init(
        queryName: String, source: String, region: String, answer: String, resolverShares: [RecordShare],
        staleTTLRemaining: Double, ttlSeconds: Double
    ) {
        self.queryName = queryName
        self.source = source
        self.region = region
        self.answer = answer
        self.resolverShares = resolverShares
        self.staleTTLRemaining = staleTTLRemaining
        self.ttlSeconds = ttlSeconds
    }
}

/// A record label and a share.
public struct RecordShare: Sendable, Equatable {
    /// Record label (set identifier, else name).
    public var record: String
    /// Share (0-1).
    public var share: Double

    /// Creates a share.
    public init(record: String, share: Double) {
        self.record = record
        self.share = share
    }
}
