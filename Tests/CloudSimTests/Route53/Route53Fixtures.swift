import CloudSim

/// Zones and drivers for the Route 53 tests (tick = 100 ms, as in the engine).
enum R53 {
    static let virginia = DNSClientLocation.region("us-east-1")!
    static let name = "www.example.com"

    /// Weighted A records `w0`, `w1`, ... pointing at endpoints `e0`, `e1`, ...
    static func weightedZone(_ weights: [Int], ttl: Double = 60) -> Route53HostedZone {
        let records = weights.enumerated().map { i, w in
            Route53Record(
                name: name, target: .values(["e\(i)"]), ttlSeconds: ttl, setIdentifier: "w\(i)",
                routing: .weighted(weight: w))
        }
        return Route53HostedZone(name: "example.com", records: records)
    }

    /// Failover pair: `primary` -> endpoint `blue` (checked), `secondary` -> `green`.
    static func failoverZone(
        interval: Route53HealthCheckInterval = .standard, ttl: Double = 60, checkSecondary: Bool = true
    ) -> Route53HostedZone {
        let checks = [
            Route53HealthCheckConfig(id: "hc-blue", endpoint: "blue", interval: interval),
            Route53HealthCheckConfig(id: "hc-green", endpoint: "green", interval: interval),
        ]
        return Route53HostedZone(
            name: "example.com",
            records: [
                Route53Record(
                    name: name, target: .values(["blue"]), ttlSeconds: ttl, setIdentifier: "primary",
                    routing: .failover(.primary), healthCheckID: "hc-blue"),
                Route53Record(
                    name: name, target: .values(["green"]), ttlSeconds: ttl, setIdentifier: "secondary",
                    routing: .failover(.secondary), healthCheckID: checkSecondary ? "hc-green" : nil),
            ],
            healthChecks: checks)
    }

    /// One population in us-east-1 querying `name`.
    static func state(
        _ zone: Route53HostedZone, resolvers: Int = 10_000, start: DNSCacheStart = .warm,
        location: DNSClientLocation = virginia
    ) -> Route53State {
        Route53State(
            zone: zone,
            populations: [DNSClientPopulation(queryName: name, location: location, resolvers: resolvers)],
            cacheStart: start)
    }

    /// Steps `ticks` ticks with `perTick` requests; returns requests per endpoint per tick.
    static func run(
        _ state: inout Route53State, from first: Int = 1, ticks: Int, perTick: Int,
        down: (_ endpoint: String, _ tick: Int) -> Bool = { _, _ in false }, random: inout SimRandom
    ) -> [[String: Int]] {
        (first..<(first + ticks)).map { tick in
            let flows = state.step(
                tick: tick, requests: [perTick], reachable: { !down($0, tick) }, random: &random)
            return flows.reduce(into: [:]) { $0[$1.endpoint, default: 0] += $1.requests }
        }
    }

    /// Sums per-tick endpoint counts.
    static func totals(_ ticks: [[String: Int]]) -> [String: Int] {
        ticks.reduce(into: [:]) { sum, tick in tick.forEach { sum[$0.key, default: 0] += $0.value } }
    }

    /// A record group for the pure selection tests.
    static func group(_ policies: [Route53RoutingPolicy]) -> [Route53Record] {
        policies.enumerated().map { i, policy in
            Route53Record(name: name, target: .values(["e\(i)"]), setIdentifier: "r\(i)", routing: policy)
        }
    }
}
