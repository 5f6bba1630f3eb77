/// What a distribution did in one tick.
///
/// This tick's viewer requests split as `requests == servedNow + failedNow + waitingOnOrigin`;
/// requests that waited on origin connection timeouts in earlier ticks are answered in
/// `servedAfterWait`, `staleAfterWait` and `failedAfterWait` when their wait ends.
public struct CloudFrontDistributionTickResult: Sendable, Equatable {
    /// Simulated time at the start of the tick.
    public var time: Double
    /// All edge locations together: the viewers' view (Hit / RefreshHit / Miss / Error).
    public var viewer = EdgeCacheTickResult()
    /// Each edge location, in region order (see `CloudFrontDistributionState.edgeRange`).
    public var edges: [EdgeCacheTickResult] = []
    /// Each client region's regional edge cache (empty without that tier).
    public var regionalCaches: [EdgeCacheTickResult] = []
    /// Origin Shield (nil without it).
    public var originShield: EdgeCacheTickResult?
    /// Requests that reached the origin (after every tier, collapsed).
    public var originRequests = 0
    /// Object bytes fetched from the origin.
    public var originBytes: Double = 0
    /// This tick's requests answered this tick with the object (fresh, revalidated or stale).
    public var servedNow = 0
    /// This tick's requests answered this tick with an error.
    public var failedNow = 0
    /// This tick's requests now waiting on origin connection timeouts.
    public var waitingOnOrigin = 0
    /// Earlier requests answered with the object after waiting (origin-group failover).
    public var servedAfterWait = 0
    /// Earlier requests answered with an expired copy after waiting.
    public var staleAfterWait = 0
    /// Earlier requests answered with an error after waiting (504).
    public var failedAfterWait = 0
    /// Requests still waiting on the origin after this tick.
    public var inFlight = 0
    /// Seconds a request reaching the origin waits this tick (0 when it answers promptly).
    public var originWaitSeconds: Double = 0
    /// Whether requests reaching the origin were sent to the group's secondary.
    public var usedSecondaryOrigin = false
    /// Whether expired copies are served when revalidation fails.
    public var servesStale = true
    /// The tick's cost.
    public var cost = CloudFrontTickCost()
    /// Work units of every cache this tick (bounded by classes x caches, whatever the rate).
    public var work = 0

    /// An empty result at `time`.
    public init(time: Double) { self.time = time }

    /// Share of viewer requests served from a fresh edge copy (Hit).
    public var hitRatio: Double { viewer.hitRatio }
    /// Bytes delivered to viewers.
    public var bytesToViewers: Double { viewer.bytesServed }
    /// Bytes delivered to viewers that the origin did not have to send.
    public var bytesSaved: Double { max(0, viewer.bytesServed - originBytes) }
    /// Error responses delivered this tick (prompt and after waiting).
    public var errors: Int { failedNow + failedAfterWait }
}
