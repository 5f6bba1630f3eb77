/// A Route 53 hosted zone: its records and the health checks they use.
///
/// A pure configuration value; `Route53State` runs it.
public struct Route53HostedZone: Sendable, Equatable {
    /// Default negative-caching TTL: resolvers cache "no such record" for the SOA TTL (900 s).
    public static let defaultNegativeCacheTTLSeconds = 900.0

    /// Zone name, e.g. `example.com`.
    public var name: String
    /// Records, in the order the console lists them.
    public var records: [Route53Record]
    /// Health checks (an account-level resource in AWS; kept with the zone here).
    public var healthChecks: [Route53HealthCheckConfig]
    /// How long resolvers cache an empty answer (NXDOMAIN or NODATA).
    public var negativeCacheTTLSeconds: Double

    /// Creates a zone.
    public init(
        name: String, records: [Route53Record] = [], healthChecks: [Route53HealthCheckConfig] = [],
        negativeCacheTTLSeconds: Double = defaultNegativeCacheTTLSeconds
    ) {
        self.name = name
        self.records = records
        self.healthChecks = healthChecks
        self.negativeCacheTTLSeconds = negativeCacheTTLSeconds
    }

    /// Indices of the records named `name` (case-insensitive), in zone order.
    public func group(named name: String) -> [Int] {
        let key = DNSName.normalized(name)
        return records.indices.filter { DNSName.normalized(records[$0].name) == key }
    }

    /// Returns a copy with the weight of the weighted record `setIdentifier` changed.
    public func settingWeight(_ weight: Int, of setIdentifier: String) -> Route53HostedZone {
        var copy = self
        for i in copy.records.indices where copy.records[i].setIdentifier == setIdentifier {
            if case .weighted = copy.records[i].routing {
                copy.records[i].routing = .weighted(weight: weight)
            }
        }
        return copy
    }
}
