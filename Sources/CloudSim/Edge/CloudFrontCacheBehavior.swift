/// One cache behaviour of a distribution: the requests whose path matches `pathPattern`, how
/// long their responses stay fresh, and the objects they address.
///
/// TTLs follow CloudFront's legacy cache settings: a `Cache-Control: max-age` (or `s-maxage`)
/// from the origin is clamped to [`minTTL`, `maxTTL`]; without one the object is cached for
/// `defaultTTL` (but never less than `minTTL`).
public struct CloudFrontCacheBehavior: Sendable, Equatable {
    /// CloudFront's default minimum TTL: 0 s.
    public static let defaultMinTTL: Double = 0
    /// CloudFront's default TTL: 86,400 s (24 h).
    public static let defaultDefaultTTL: Double = 86_400
    /// CloudFront's default maximum TTL: 31,536,000 s (365 days).
    public static let defaultMaxTTL: Double = 31_536_000

    /// Path pattern (`*` any characters, `?` one character); the default behaviour's is `*`.
    public var pathPattern: String
    /// Minimum TTL in seconds.
    public var minTTL: Double
    /// TTL in seconds when the origin sends no caching header.
    public var defaultTTL: Double
    /// Maximum TTL in seconds.
    public var maxTTL: Double
    /// The `max-age` / `s-maxage` the origin sends for these objects, in seconds; nil if none.
    public var originMaxAge: Double?
    /// The objects requested through this behaviour.
    public var catalogue: EdgeCatalogueConfig
    /// Relative share of the distribution's requests whose path matches this behaviour.
    public var requestShare: Double

    /// Creates a behaviour with CloudFront's default TTLs.
    public init(
        pathPattern: String = "*", minTTL: Double = defaultMinTTL, defaultTTL: Double = defaultDefaultTTL,
        maxTTL: Double = defaultMaxTTL, originMaxAge: Double? = nil,
        catalogue: EdgeCatalogueConfig = EdgeCatalogueConfig(), requestShare: Double = 1
    ) {
        self.pathPattern = pathPattern
        self.minTTL = max(0, minTTL)
        self.defaultTTL = max(0, defaultTTL)
        self.maxTTL = max(0, maxTTL)
        self.originMaxAge = originMaxAge
        self.catalogue = catalogue
        self.requestShare = max(0, requestShare)
    }

    /// How long a fetched object stays fresh: the origin's `max-age` clamped to
    /// [min, max], or the default TTL raised to the minimum when the origin sends none.
    public var effectiveTTL: Double {
        if let maxAge = originMaxAge {
            return min(max(maxAge, minTTL), max(minTTL, maxTTL))
        }
        return max(minTTL, defaultTTL)
    }

    /// Whether caching is disabled (maximum TTL 0, as in the managed `CachingDisabled` policy):
    /// every request goes to the origin, uncollapsed, and counts as a Miss.
    public var isCachingDisabled: Bool { maxTTL == 0 }

    /// A path this behaviour handles, for matching load balancer rules at the origin: the
    /// pattern with `*` dropped and `?` as `x` (`/static/*` -> `/static/`).
    public var representativePath: String {
        let path = String(pathPattern.compactMap { $0 == "*" ? nil : ($0 == "?" ? "x" : $0) })
        return path.hasPrefix("/") ? path : "/" + path
    }

    /// Whether a request path matches this behaviour's pattern (case-sensitive, like CloudFront).
    public func matches(path: String) -> Bool {
        WildcardPattern.matches(pathPattern, path)
    }
}
