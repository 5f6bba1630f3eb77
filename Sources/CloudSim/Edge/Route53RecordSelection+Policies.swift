extension Route53RecordSelection {
    /// P = weight / Σ weights over healthy non-zero records; zero-weight records only when no
    /// non-zero record is healthy (then equally); all weights zero = equal shares.
    ///
    /// `healthy` already has "none healthy → all healthy" applied, so with every record
    /// unhealthy the non-zero weights are used as if all were healthy.
    static func weighted(_ group: [Route53Record], members: [Int], healthy: [Bool]) -> [Route53Choice] {
        func weight(_ i: Int) -> Int {
            if case .weighted(let w) = group[i].routing { return max(0, w) }
            return 0
        }
        let nonZero = members.filter { healthy[$0] && weight($0) > 0 }
        if !nonZero.isEmpty {
            let total = Double(nonZero.reduce(0) { $0 + weight($1) })
            return nonZero.map { Route53Choice(records: [$0], probability: Double(weight($0)) / total) }
        }
        let zero = members.filter { healthy[$0] }
        return zero.map { Route53Choice(records: [$0], probability: 1 / Double(zero.count)) }
    }

    /// Primary if healthy, else secondary if healthy, else primary (both unhealthy).
    static func failover(_ group: [Route53Record], members: [Int], healthy: [Bool]) -> [Route53Choice] {
        func first(_ role: Route53FailoverRole) -> Int? {
            members.first { group[$0].routing == .failover(role) }
        }
        let primary = first(.primary)
        let secondary = first(.secondary)
        let chosen: Int? =
            if let p = primary, healthy[p] { p } else if let s = secondary, healthy[s] { s } else {
                primary ?? secondary
            }
        return chosen.map { [Route53Choice(records: [$0], probability: 1)] } ?? []
    }

    /// Up to eight healthy records (all unhealthy → up to eight of them).
    ///
    /// With more than eight, Route 53 gives different resolvers different subsets; here the
    /// subsets are the n rotations of eight consecutive records (each record in 8/n of the
    /// answers), which keeps the set of distinct answers small.
    static func multivalue(members: [Int], healthy: [Bool]) -> [Route53Choice] {
        let pool = members.filter { healthy[$0] }
        guard pool.count > multivalueLimit else { return [Route53Choice(records: pool, probability: 1)] }
        return pool.indices.map { start in
            let window = (0..<multivalueLimit).map { pool[(start + $0) % pool.count] }
            return Route53Choice(records: window, probability: 1 / Double(pool.count))
        }
    }

    /// The most specific matching location that is healthy (state > country > continent >
    /// default); if no match is healthy, the most specific match; no match → no answer.
    static func geolocation(
        _ group: [Route53Record], members: [Int], isHealthy: [Bool], client: DNSClientLocation
    ) -> [Route53Choice] {
        func location(_ i: Int) -> Route53GeoLocation? {
            if case .geolocation(let location) = group[i].routing { return location }
            return nil
        }
        let matches = members.filter { location($0)?.matches(client) ?? false }
            .map { (-(location($0)?.specificity ?? 0), $0) }.sorted { $0 < $1 }.map(\.1)
        guard let best = matches.first(where: { isHealthy[$0] }) ?? matches.first else { return [] }
        return [Route53Choice(records: [best], probability: 1)]
    }
}
