/// Requests arriving at a stage in one tick for one method and API key.
public struct ApiGatewayRequests: Sendable, Equatable {
    /// Method and resource (matched against per-method throttles); nil = none in particular.
    public var method: String?
    /// The API key sent; nil = none.
    public var apiKey: String?
    /// Requests.
    public var count: Int

    /// Creates a request group.
    public init(count: Int, method: String? = nil, apiKey: String? = nil) {
        self.count = max(0, count)
        self.method = method
        self.apiKey = apiKey
    }
}

/// What a stage did with one tick's requests before the integration.
public struct ApiGatewayAdmission: Sendable, Equatable {
    /// Requests received.
    public var received = 0
    /// 403: no API key, or one no usage plan knows (INVALID_API_KEY).
    public var forbidden = 0
    /// 429: over a usage plan's quota (QUOTA_EXCEEDED).
    public var quotaExceeded = 0
    /// 429: no token in a key, method, stage or account bucket (THROTTLED).
    public var throttled = 0
    /// Answered from the stage cache.
    public var cacheHits = 0
    /// Sent to the integration: the caller answers them with `complete`.
    public var forwarded = 0

    /// An empty admission.
    public init() {}

    /// Requests answered 429 for either reason.
    public var tooManyRequests: Int { quotaExceeded + throttled }
}

/// Integration responses for some forwarded requests: how many, after how long, and whether
/// the target succeeded. Beyond the integration timeout they become 504s.
public struct ApiGatewayIntegrationResponse: Sendable, Equatable {
    public var count: Int
    /// Integration latency in ms.
    public var latencyMs: Double
    /// False when the target failed (a Lambda error, a 5xx from the load balancer): 502.
    public var succeeded: Bool

    /// Creates a response group.
    public init(count: Int, latencyMs: Double, succeeded: Bool = true) {
        self.count = max(0, count)
        self.latencyMs = max(0, latencyMs)
        self.succeeded = succeeded
    }
}
