extension ApiGatewayStageState {
    /// Records the integration's answers to this tick's forwarded requests, then closes the
    /// tick. Answers slower than the integration timeout become 504 (INTEGRATION_TIMEOUT) at
    /// the timeout; failed ones 502; the rest 2xx. Latency = overhead + integration latency.
    public mutating func complete(tick: Int, responses: [ApiGatewayIntegrationResponse]) {
        let timeoutMs = config.integrationTimeoutSeconds * 1_000
        for response in responses where response.count > 0 {
            if response.latencyMs > timeoutMs {
                metrics.integrationTimeouts += response.count
                latencyThisSecond.record(config.overheadMs + timeoutMs, weight: Double(response.count))
                continue
            }
            if response.succeeded {
                metrics.succeeded += response.count
            } else {
                metrics.integrationFailures += response.count
            }
            latencyThisSecond.record(config.overheadMs + response.latencyMs, weight: Double(response.count))
        }
        guard (tick + 1) % ticksPerSecond == 0 else { return }
        metrics.closeSecond()
        tokenHistory.append(bucket.tokens)
        latency.merge(latencyThisSecond)
        swap(&latencyLastSecond, &latencyThisSecond)
        latencyThisSecond.reset()
    }

    /// Counts `n` forwarded requests the integration throttled (a Lambda function's 429
    /// TooManyRequestsException): answered 429 at once, with the gateway's latency.
    public mutating func recordIntegrationThrottles(_ n: Int) {
        guard n > 0 else { return }
        metrics.integrationThrottles += n
        latencyThisSecond.record(config.overheadMs, weight: Double(n))
    }

    /// The stage as the Serverless panel shows it.
    public var snapshot: ApiGatewayStageSnapshot {
        ApiGatewayStageSnapshot(
            name: name, integration: config.integration.name, requestsPerSecond: metrics.requestsPerSecond,
            tooManyRequestsPerSecond: metrics.tooManyRequestsPerSecond,
            serverErrorsPerSecond: metrics.serverErrorsPerSecond, latencyP50: latencyLastSecond.percentile(0.5),
            latencyP99: latencyLastSecond.percentile(0.99), tokens: bucket.tokens, rate: bucket.rate,
            burst: bucket.burst, cacheHitRatio: metrics.requests > 0 ? Double(metrics.cacheHits) / Double(metrics.requests) : 0)
    }
}

/// One API Gateway stage as the Serverless panel shows it.
public struct ApiGatewayStageSnapshot: Sendable, Equatable {
    public var name: String
    /// The integration's target name.
    public var integration: String
    /// Per-second figures of the last complete second.
    public var requestsPerSecond: Double
    public var tooManyRequestsPerSecond: Double
    public var serverErrorsPerSecond: Double
    /// Latency percentiles of the last second, ms.
    public var latencyP50: Double
    public var latencyP99: Double
    /// Tokens in the stage bucket, its rate and burst.
    public var tokens: Double
    public var rate: Double
    public var burst: Int
    /// Share of requests answered from the cache since the start.
    public var cacheHitRatio: Double

    /// Creates a snapshot (the dashboard's tests build them by hand).
    public init(
        name: String, integration: String, requestsPerSecond: Double, tooManyRequestsPerSecond: Double,
        serverErrorsPerSecond: Double, latencyP50: Double, latencyP99: Double, tokens: Double, rate: Double,
        burst: Int, cacheHitRatio: Double = 0
    ) {
        self.name = name
        self.integration = integration
        self.requestsPerSecond = requestsPerSecond
        self.tooManyRequestsPerSecond = tooManyRequestsPerSecond
        self.serverErrorsPerSecond = serverErrorsPerSecond
        self.latencyP50 = latencyP50
        self.latencyP99 = latencyP99
        self.tokens = tokens
        self.rate = rate
        self.burst = burst
        self.cacheHitRatio = cacheHitRatio
    }
}
