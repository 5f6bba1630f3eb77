/// What a record answers with: literal values, or an alias to a resource or another record.
public enum Route53RecordTarget: Sendable, Equatable, Hashable {
    /// Endpoint names standing in for IP addresses (A/AAAA), or one host name (CNAME).
    /// Several values are all returned; clients spread their requests over them.
    case values([String])
    /// A Route 53 alias (type A or AAAA).
    case alias(Route53AliasTarget)
}

/// One resource record set in a hosted zone.
///
/// Records with the same name form a group and share a routing policy; `setIdentifier`
/// tells them apart (required for every policy except simple).
public struct Route53Record: Sendable, Equatable, Hashable {
    /// AWS default TTL suggested for records tied to health checks is 60 s or less; the
    /// console's default TTL for a new record is 300 s.
    public static let defaultTTLSeconds = 300.0

    /// DNS name, e.g. `www.example.com`.
    public var name: String
    /// Record type.
    public var type: DNSRecordType
    /// Values or alias target.
    public var target: Route53RecordTarget
    /// Seconds resolvers cache the answer; ignored for aliases (see `effectiveTTL`).
    public var ttlSeconds: Double
    /// Distinguishes records of one group (`nil` for simple routing).
    public var setIdentifier: String?
    /// Routing policy and this record's value for it.
    public var routing: Route53RoutingPolicy
    /// Health check associated with the record, by `Route53HealthCheckConfig.id`.
    public var healthCheckID: String?

    /// Creates a record (simple routing, A, TTL 300 s unless told otherwise).
    public init(
        name: String, type: DNSRecordType = .a, target: Route53RecordTarget,
        ttlSeconds: Double = defaultTTLSeconds,
        setIdentifier: String? = nil, routing: Route53RoutingPolicy = .simple, healthCheckID: String? = nil
    ) {
        self.name = name
        self.type = type
        self.target = target
        self.ttlSeconds = ttlSeconds
        self.setIdentifier = setIdentifier
        self.routing = routing
        self.healthCheckID = healthCheckID
    }

    /// Name shown in panels and events: the set identifier, else the record name.
    public var label: String { setIdentifier ?? name }

    /// The alias target, if this is an alias record.
    public var alias: Route53AliasTarget? {
        if case .alias(let target) = target { return target }
        return nil
    }

    /// The TTL resolvers see: 60 s for an alias to an AWS resource (not settable), the
    /// record's own TTL otherwise. An alias to another record uses that record's TTL, which
    /// the responder resolves.
    public var effectiveTTLSeconds: Double { alias?.fixedTTLSeconds ?? ttlSeconds }
}
