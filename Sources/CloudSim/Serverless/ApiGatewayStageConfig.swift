/// Where a method sends the requests it lets through; the caller decides what happens there.
public enum ApiGatewayIntegration: Sendable, Equatable {
    /// A Lambda function (proxy integration).
    case lambda(String)
    /// A load balancer (HTTP integration).
    case loadBalancer(String)
    /// A queue (SQS service integration).
    case queue(String)

    /// The target's name.
    public var name: String {
        switch self {
        case .lambda(let n), .loadBalancer(let n), .queue(let n): n
        }
    }
}

/// REST or HTTP API: HTTP APIs are cheaper and a little faster but have no usage plans or cache.
public enum ApiGatewayAPIType: String, Sendable, Equatable {
    case rest, http
}

/// A stage cache (REST only): TTL default 300 s, at most 3,600 s; capacity 0.5-237 GB.
public struct ApiGatewayCacheConfig: Sendable, Equatable {
    /// Seconds a cached response stays fresh (0-3,600).
    public var ttlSeconds: Double
    /// Cache size in GB (billed per hour).
    public var capacityGB: Double
    /// The responses clients ask for (popularity and sizes), as for CloudFront.
    public var catalogue: EdgeCatalogueConfig

    /// Creates a cache configuration (AWS default TTL 300 s, smallest size 0.5 GB).
    public init(ttlSeconds: Double = 300, capacityGB: Double = 0.5, catalogue: EdgeCatalogueConfig = .init()) {
        self.ttlSeconds = min(3_600, max(0, ttlSeconds))
        self.capacityGB = max(0.5, capacityGB)
        self.catalogue = catalogue
    }
}

/// One API Gateway stage: its throttle, optional per-method throttles, API keys, integration,
/// integration timeout and cache (section 9).
public struct ApiGatewayStageConfig: Sendable, Equatable {
    /// A per-method throttle.
    public struct MethodThrottle: Sendable, Equatable {
        /// Method and resource, e.g. `GET /items`.
        public var method: String
        public var rate: Double
        public var burst: Int
        /// Creates a method throttle.
        public init(method: String, rate: Double, burst: Int) {
            self.method = method
            self.rate = rate
            self.burst = burst
        }
    }

    /// Stage name, e.g. `prod`.
    public var name: String
    public var apiType: ApiGatewayAPIType
    /// Stage throttle (default: the account's 10,000 rps, burst 5,000).
    public var rate: Double
    public var burst: Int
    public var methodThrottles: [MethodThrottle]
    /// Requests without a known API key are answered 403 (REST only).
    public var apiKeyRequired: Bool
    public var integration: ApiGatewayIntegration
    /// Integration timeout in seconds: 29 s REST, 30 s HTTP by default; beyond it -> 504.
    /// HTTP APIs allow at most 30 s; REST APIs up to 300 s since June 2024 (by quota request).
    public var integrationTimeoutSeconds: Double
    public var cache: ApiGatewayCacheConfig?
    /// The gateway's own latency per request in ms (AWS documents none; our choice: REST 10 ms,
    /// HTTP 5 ms, see DECISIONS.md).
    public var overheadMs: Double

    /// Creates a stage.
    public init(
        name: String, apiType: ApiGatewayAPIType = .rest, rate: Double = ApiGatewayTokenBucket.accountDefaultRate,
        burst: Int = ApiGatewayTokenBucket.accountDefaultBurst, methodThrottles: [MethodThrottle] = [],
        apiKeyRequired: Bool = false, integration: ApiGatewayIntegration,
        integrationTimeoutSeconds: Double? = nil, cache: ApiGatewayCacheConfig? = nil, overheadMs: Double? = nil
    ) {
        self.name = name
        self.apiType = apiType
        self.rate = rate
        self.burst = burst
        self.methodThrottles = methodThrottles
        self.apiKeyRequired = apiKeyRequired && apiType == .rest
        self.integration = integration
        let standard = apiType == .rest ? 29.0 : 30.0
        let limit = apiType == .rest ? 300.0 : 30.0
        self.integrationTimeoutSeconds = min(limit, max(0.05, integrationTimeoutSeconds ?? standard))
        self.cache = apiType == .rest ? cache : nil
        self.overheadMs = overheadMs ?? (apiType == .rest ? 10 : 5)
    }
}
