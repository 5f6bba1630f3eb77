/// A stage's counters since the start, and the figures of the last complete second.
public struct ApiGatewayMetrics: Sendable, Equatable {
    /// Requests received, answered 2xx, 403, 429 (throttle / quota), 502, 504.
    public internal(set) var requests = 0
    public internal(set) var succeeded = 0
    public internal(set) var forbidden = 0
    public internal(set) var throttled = 0
    public internal(set) var quotaExceeded = 0
    public internal(set) var integrationFailures = 0
    public internal(set) var integrationTimeouts = 0
    /// 429s passed on from the integration (a throttled Lambda function).
    public internal(set) var integrationThrottles = 0
    /// Cache hits and requests sent to the integration.
    public internal(set) var cacheHits = 0
    public internal(set) var forwarded = 0
    /// Requests billed (those past the throttles and quotas).
    public internal(set) var billedRequests = 0

    /// Per-second figures of the last complete second.
    public internal(set) var requestsPerSecond = 0.0
    public internal(set) var tooManyRequestsPerSecond = 0.0
    public internal(set) var serverErrorsPerSecond = 0.0
    var secondStart = ApiGatewaySecondStart()

    /// Zeroed metrics.
    public init() {}

    /// 5xx answers (502 and 504).
    public var serverErrors: Int { integrationFailures + integrationTimeouts }
    /// 429 answers.
    public var tooManyRequests: Int { throttled + quotaExceeded + integrationThrottles }

    /// Latches the per-second figures.
    mutating func closeSecond() {
        requestsPerSecond = Double(requests - secondStart.requests)
        tooManyRequestsPerSecond = Double(tooManyRequests - secondStart.tooManyRequests)
        serverErrorsPerSecond = Double(serverErrors - secondStart.serverErrors)
        secondStart = ApiGatewaySecondStart(
            requests: requests, tooManyRequests: tooManyRequests, serverErrors: serverErrors)
    }
}

/// Counter values at the start of the current second.
struct ApiGatewaySecondStart: Sendable, Equatable {
    var requests = 0
    var tooManyRequests = 0
    var serverErrors = 0
}
