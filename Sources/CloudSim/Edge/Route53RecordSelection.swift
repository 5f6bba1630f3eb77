/// One possible answer for a record group: which records it holds and how likely it is.
public struct Route53Choice: Sendable, Equatable {
    /// Indices into the group passed to `Route53RecordSelection.choices`.
    public var records: [Int]
    /// Share of queries that get this answer (the choices of one query sum to 1).
    public var probability: Double

    /// Creates a choice.
    public init(records: [Int], probability: Double) {
        self.records = records
        self.probability = probability
    }
}

/// How Route 53 answers a query for one record group, per routing policy, with health.
///
/// The generic algorithm (Developer Guide, "How Route 53 chooses records when health
/// checking is configured"): records without a health check are healthy; choose per policy
/// among the healthy records; if none is healthy, treat all as healthy and choose per policy.
/// Policies that pick one record per query (weighted, multivalue beyond eight records)
/// return several choices with their probabilities instead of drawing: the resolver
/// population turns probabilities into counts.
public enum Route53RecordSelection {
    /// Most records in one multivalue answer.
    public static let multivalueLimit = 8

    /// The possible answers to a query from `client` against `group`, with probabilities.
    ///
    /// `isHealthy[i]` is record `i`'s health. All records should share the first record's
    /// policy; records of another kind are ignored. An empty result means "no answer"
    /// (a geolocation group without a matching location and without a default).
    public static func choices(
        group: [Route53Record], isHealthy: [Bool], client: DNSClientLocation,
        latency: DNSLatencyTable = .init()
    ) -> [Route53Choice] {
        guard let policy = group.first?.routing else { return [] }
        let members = group.indices.filter { group[$0].routing.isSameKind(as: policy) }
        let anyHealthy = members.contains { isHealthy[$0] }
        let healthy = group.indices.map { !anyHealthy || isHealthy[$0] }
        switch policy {
        case .simple:
            return [Route53Choice(records: [members[0]], probability: 1)]
        case .weighted:
            return weighted(group, members: members, healthy: healthy)
        case .failover:
            return failover(group, members: members, healthy: healthy)
        case .multivalue:
            return multivalue(members: members, healthy: healthy)
        case .geolocation:
            return geolocation(group, members: members, isHealthy: isHealthy, client: client)
        case .geoproximity, .latency:
            let ranked = members.map { (distance(group[$0], client, latency), $0) }.sorted { $0 < $1 }.map(
                \.1)
            return [Route53Choice(records: [ranked.first { healthy[$0] } ?? ranked[0]], probability: 1)]
        }
    }

    /// Sort key of nearest-wins policies: biased km for geoproximity, ms for latency.
    static func distance(_ record: Route53Record, _ client: DNSClientLocation, _ latency: DNSLatencyTable)
        -> Double
    {
        switch record.routing {
        case .geoproximity(let location): location.biasedDistanceKm(from: client.coordinates)
        case .latency(let region): latency.millis(from: client, to: region)
        default: .infinity
        }
    }
}
