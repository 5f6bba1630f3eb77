/// One record as the Route 53 panel shows it.
public struct Route53RecordSnapshot: Sendable, Equatable {
    /// Record name.
    public var name: String
    /// Set identifier or name.
    public var label: String
    /// Routing policy and this record's value, e.g. `weighted 80`, `failover PRIMARY`.
    public var routing: String
    /// Health as Route 53 sees it (health check and evaluated target).
    public var isHealthy: Bool
    /// Requests its answers sent in the last complete second.
    public var requestsPerSecond: Double
    /// Share of its group's requests in the last complete second (0 when the group had none).
    public var share: Double
    /// Requests since the start.
    public var totalRequests: Int
}

/// One health check as the panel shows it.
public struct Route53HealthCheckSnapshot: Sendable, Equatable {
    /// Health check id.
    public var id: String
    /// Endpoint probed.
    public var endpoint: String
    /// Reported status.
    public var isHealthy: Bool
    /// Checkers that see the endpoint healthy, and how many there are.
    public var healthyCheckers: Int
    /// Number of checker regions.
    public var checkers: Int
    /// Recent rounds, oldest first.
    public var history: [Route53HealthCheckResult]
}

/// Route 53 at one instant, for the dashboard.
public struct Route53Snapshot: Sendable, Equatable {
    /// Zone name.
    public var zone: String
    /// Queries in the last complete second.
    public var queriesPerSecond: Double
    /// Counters since the start.
    public var metrics: Route53Metrics
    /// Records in zone order.
    public var records: [Route53RecordSnapshot]
    /// Health checks in zone order.
    public var healthChecks: [Route53HealthCheckSnapshot]
}

extension Route53State {
    /// The current state for the dashboard.
    public func snapshot() -> Route53Snapshot {
        let rates = zone.records.map { record -> (Double, Int) in
            let key = Route53RecordKey(name: DNSName.normalized(record.name), label: record.label)
            guard let id = table.existingRecordID(key), id < metrics.recordRequests.count else {
                return (0, 0)
            }
            return (Double(metrics.recordRequestsLastSecond[id]), metrics.recordRequests[id])
        }
        let records = zone.records.enumerated().map { i, record in
            let group = responder.group(named: record.name).reduce(0) { $0 + rates[$1].0 }
            return Route53RecordSnapshot(
                name: record.name, label: record.label, routing: record.routing.description,
                isHealthy: recordHealth[i],
                requestsPerSecond: rates[i].0, share: group > 0 ? rates[i].0 / group : 0,
                totalRequests: rates[i].1)
        }
        let checks = healthChecks.map {
            Route53HealthCheckSnapshot(
                id: $0.config.id, endpoint: $0.config.endpoint, isHealthy: $0.isHealthy,
                healthyCheckers: $0.healthyCheckers, checkers: $0.checkerHealthy.count,
                history: $0.history.values)
        }
        return Route53Snapshot(
            zone: zone.name, queriesPerSecond: metrics.queriesPerSecond, metrics: metrics, records: records,
            healthChecks: checks)
    }
}

extension Route53RoutingPolicy {
    /// The policy with this record's value, e.g. `weighted 80` or `geoproximity us-east-1 bias +25`.
    public var description: String {
        switch self {
        case .simple, .multivalue: name
        case .weighted(let weight): "weighted \(weight)"
        case .failover(let role): "failover \(role.rawValue)"
        case .geolocation(let location): "geolocation \(location.description)"
        case .geoproximity(let location): "geoproximity \(location.description)"
        case .latency(let region): "latency \(region)"
        }
    }
}
