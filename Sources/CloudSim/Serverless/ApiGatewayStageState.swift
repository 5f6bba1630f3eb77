/// An API Gateway stage in motion: its token buckets, optional cache, counters and latency.
///
/// Each tick call `admit` with the tick's requests; it applies the throttles in AWS's order
/// (usage plan per key and its quota, per-method, stage, account; section 9), answers cache
/// hits, and returns how many go to the integration. The caller works out the integration's
/// outcome and hands it to `complete` in the same tick. Counts, never request objects.
public struct ApiGatewayStageState: Sendable {
    /// The stage's configuration.
    public let config: ApiGatewayStageConfig
    /// Simulated seconds per tick.
    public let tickSeconds: Double
    /// The stage's bucket (its rate lowered while an `apigw:throttle` fault is active).
    public internal(set) var bucket: ApiGatewayTokenBucket
    /// Per-method buckets, in `config.methodThrottles` order.
    public internal(set) var methodBuckets: [ApiGatewayTokenBucket]
    /// The stage cache, if configured.
    public internal(set) var cache: EdgeCache?
    /// Counters.
    public internal(set) var metrics = ApiGatewayMetrics()
    /// Latency (gateway overhead plus integration) since the start and in the last second.
    public internal(set) var latency = LatencyHistogram()
    public internal(set) var latencyLastSecond = LatencyHistogram()
    /// The stage rate set by a fault; nil when none is active.
    public internal(set) var faultRate: Double?
    /// Tokens in the stage bucket at the end of each second, the last 10 minutes.
    public internal(set) var tokenHistory = RingBuffer<Double>(capacity: 600, filler: 0)
    /// The account used by the `admit` overload without one (a stage tested on its own).
    public var ownAccount = ApiGatewayAccount()

    var latencyThisSecond = LatencyHistogram()
    var cacheDemand: EdgeCacheDemand?
    var events: [SimEvent] = []
    var refilledTick = -1
    let ticksPerSecond: Int

    /// A stage at rest: every bucket full, the cache empty.
    public init(config: ApiGatewayStageConfig, tickSeconds: Double = 0.1) {
        self.config = config
        self.tickSeconds = tickSeconds
        bucket = ApiGatewayTokenBucket(rate: config.rate, burst: config.burst)
        methodBuckets = config.methodThrottles.map { ApiGatewayTokenBucket(rate: $0.rate, burst: $0.burst) }
        if let cacheConfig = config.cache {
            let classes = EdgePopularityClasses(catalogue: cacheConfig.catalogue, ttl: cacheConfig.ttlSeconds)
            cache = EdgeCache(classes: classes, capacity: .bytes(cacheConfig.capacityGB * 1_073_741_824))
            cacheDemand = EdgeCacheDemand(classCount: classes.count)
        }
        ticksPerSecond = max(1, Int((1 / tickSeconds).rounded()))
    }

    /// Stage name.
    public var name: String { config.name }

    /// The bill so far: billed requests and cache hours.
    public func cost(seconds: Double) -> Double {
        ApiGatewayPricing.cost(
            type: config.apiType, requests: metrics.billedRequests, cacheGB: config.cache?.capacityGB, seconds: seconds)
    }

    /// `apigw:throttle`: lowers the stage's rate to `rate` (the fault's magnitude); nil heals.
    public mutating func setThrottleFault(rate: Double?, tick: Int) {
        faultRate = rate.map { max(0, $0) }
        bucket.rate = faultRate ?? config.rate
        let message =
            rate.map { "stage \(name): rate lowered to \(Int($0)) requests/s (apigw:throttle)" }
            ?? "stage \(name): rate back to \(Int(config.rate)) requests/s"
        events.append(
            SimEvent(
                tick: tick, time: Double(tick) * tickSeconds, severity: rate == nil ? .info : .critical,
                source: "apigw:\(name)", message: message))
    }

    /// Events since the last call, oldest first.
    public mutating func takeEvents() -> [SimEvent] {
        defer { events.removeAll(keepingCapacity: true) }
        return events
    }
}
