/// A running Route 53: health checks, answers, and the resolver caches of client populations.
///
/// Call `step` once per tick, between traffic generation and the services the answers
/// point at. It runs due health-check rounds, works out each population's answers, lets
/// resolvers expire and re-query, and splits each population's requests over endpoints.
/// Events (health flips, changed answers) collect until `takeEvents()`.
public struct Route53State: Sendable {
    /// The client populations, indexed as `requests` in `step`.
    public let populations: [DNSClientPopulation]
    /// Simulated seconds per tick.
    public let tickSeconds: Double
    /// Health checks, in zone order.
    public internal(set) var healthChecks: [Route53HealthCheckState]
    /// Resolver caches, one per population.
    public internal(set) var caches: [DNSResolverCache]
    /// Health of every zone record at the last step.
    public internal(set) var recordHealth: [Bool]
    /// Counters.
    public internal(set) var metrics = Route53Metrics()
    var responder: Route53Responder
    var table = DNSAnswerTable()
    var choices: [[DNSCachedChoice]]
    var choicesAreCurrent = false
    var events: [SimEvent] = []
    var perAnswer: [Int] = []
    var endpointCounts: [Int] = []
    var ones: [Double] = []
    var split: [Int] = []
    let ticksPerSecond: Int

    /// The zone being served.
    public var zone: Route53HostedZone { responder.zone }

    /// Starts Route 53 for a zone at tick 0 (health checks start healthy).
    public init(
        zone: Route53HostedZone, populations: [DNSClientPopulation], tickSeconds: Double = 0.1,
        latency: DNSLatencyTable = .init(), cacheStart: DNSCacheStart = .warm
    ) {
        self.populations = populations
        self.tickSeconds = tickSeconds
        responder = Route53Responder(zone: zone, latency: latency)
        healthChecks = zone.healthChecks.map { Route53HealthCheckState(config: $0, tickSeconds: tickSeconds) }
        caches = populations.map { DNSResolverCache(resolvers: $0.resolvers, start: cacheStart) }
        recordHealth = Array(repeating: true, count: zone.records.count)
        choices = Array(repeating: [], count: populations.count)
        ticksPerSecond = max(1, Int((1 / tickSeconds).rounded()))
    }

    /// Advances one tick; appends this tick's flows to `flows` and returns the requests that
    /// got no answer (they fail: NXDOMAIN or NODATA).
    ///
    /// - Parameters:
    ///   - requests: requests per population this tick (missing entries count as 0).
    ///   - probe: chance that a probe of `endpoint` from `checkerRegion` passes (1 reachable,
    ///     0 unreachable).
    ///   - targetHealthy: health of an alias target with Evaluate Target Health (a load
    ///     balancer is healthy when every target group with targets has a healthy one).
    public mutating func step(
        tick: Int, requests: [Int], probe: (_ endpoint: String, _ checkerRegion: String) -> Double,
        targetHealthy: (_ target: String) -> Bool, random: inout SimRandom, into flows: inout [Route53Flow]
    ) -> Int {
        runHealthChecks(tick: tick, probe: probe, random: &random)
        updateAnswers(tick: tick, targetHealthy: targetHealthy)
        var unanswered = 0
        for p in populations.indices {
            let n = p < requests.count ? max(0, requests[p]) : 0
            let queries = caches[p].step(
                tick: tick, requests: n, choices: choices[p], random: &random, perAnswer: &perAnswer)
            metrics.addQueries(queries, billable: billable(queries, population: p))
            unanswered += route(population: p, random: &random, into: &flows)
        }
        metrics.unansweredRequests += unanswered
        metrics.unansweredLastTick = unanswered
        metrics.endTick(ticksPerSecond: ticksPerSecond)
        return unanswered
    }

    /// `step` for callers that know only whether each endpoint is reachable.
    public mutating func step(
        tick: Int, requests: [Int], reachable: (_ endpoint: String) -> Bool,
        targetHealthy: (_ target: String) -> Bool = { _ in true }, random: inout SimRandom
    ) -> [Route53Flow] {
        var flows: [Route53Flow] = []
        _ = step(
            tick: tick, requests: requests, probe: { endpoint, _ in reachable(endpoint) ? 1 : 0 },
            targetHealthy: targetHealthy, random: &random, into: &flows)
        return flows
    }

    /// Events since the last call (health checks flipping, answers changing), oldest first.
    public mutating func takeEvents() -> [SimEvent] {
        defer { events.removeAll(keepingCapacity: true) }
        return events
    }
}
