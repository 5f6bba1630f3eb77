/// The role of a record in a failover pair.
public enum Route53FailoverRole: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Answered while healthy.
    case primary = "PRIMARY"
    /// Answered while the primary is unhealthy and this record is healthy.
    case secondary = "SECONDARY"
}

/// How Route 53 picks among the records that share a name and type.
///
/// All records of one group use the same policy; each case carries the per-record value.
public enum Route53RoutingPolicy: Sendable, Equatable, Hashable {
    /// One record, returned as is; health checks play no part.
    case simple
    /// Share of answers proportional to `weight` (0-255); weight 0 gets no traffic while any
    /// non-zero record is healthy.
    case weighted(weight: Int)
    /// Primary while healthy, else secondary if healthy, else primary.
    case failover(Route53FailoverRole)
    /// By the client's location; the most specific matching location wins.
    case geolocation(Route53GeoLocation)
    /// By distance from the client to the resource, scaled by a bias (traffic flow).
    case geoproximity(Route53GeoproximityLocation)
    /// By the lowest latency from the client to the record's AWS region.
    case latency(region: String)
    /// Up to eight healthy records per answer.
    case multivalue

    /// Short name of the policy, as in the console.
    public var name: String {
        switch self {
        case .simple: "simple"
        case .weighted: "weighted"
        case .failover: "failover"
        case .geolocation: "geolocation"
        case .geoproximity: "geoproximity"
        case .latency: "latency"
        case .multivalue: "multivalue"
        }
    }

    /// Whether two policies are of the same kind (ignoring their per-record values).
    public func isSameKind(as other: Route53RoutingPolicy) -> Bool { name == other.name }
}
