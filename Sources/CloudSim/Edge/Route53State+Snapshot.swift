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
            var snapshot = Route53RecordSnapshot(
                name: record.name, label: record.label, routing: record.routing.description,
                isHealthy: recordHealth[i],
                requestsPerSecond: rates[i].0, share: group > 0 ? rates[i].0 / group : 0,
                totalRequests: rates[i].1)
            snapshot.setIdentifier = record.setIdentifier
            snapshot.healthCheckID = record.healthCheckID
            if case .weighted(let weight) = record.routing { snapshot.weight = weight }
            switch record.target {
            case .alias(let alias): snapshot.target = alias.name
            case .values(let values): snapshot.target = values.joined(separator: ", ")
            }
            return snapshot
        }
        let checks = healthChecks.map {
            var check = Route53HealthCheckSnapshot(
                id: $0.config.id, endpoint: $0.config.endpoint, isHealthy: $0.isHealthy,
                healthyCheckers: $0.healthyCheckers, checkers: $0.checkerHealthy.count,
                history: $0.history.values)
            check.intervalSeconds = $0.config.interval.seconds
            check.failureThreshold = $0.config.failureThreshold
            return check
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
