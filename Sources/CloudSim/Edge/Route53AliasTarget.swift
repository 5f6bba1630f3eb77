/// What an alias record points at.
public enum Route53AliasTargetKind: String, Sendable, Equatable, Hashable, CaseIterable {
    /// An Application or Network Load Balancer (TTL fixed at 60 s).
    case loadBalancer = "load_balancer"
    /// A CloudFront distribution (Evaluate Target Health is not allowed).
    case cloudFrontDistribution = "cloudfront"
    /// An API Gateway custom domain.
    case apiGateway = "api_gateway"
    /// Another record (group) in the same hosted zone; its TTL applies.
    case record
}

/// The target of an alias record, with its Evaluate Target Health setting.
///
/// Endpoints are opaque names: `name` is the load balancer, distribution or API the
/// simulation knows under that name, or the DNS name of another record in the zone.
public struct Route53AliasTarget: Sendable, Equatable, Hashable {
    /// TTL Route 53 uses for an alias to an AWS resource; you cannot set it (60 s for ELB).
    ///
    /// AWS documents 60 s for load balancers; the simulation uses the same for CloudFront and
    /// API Gateway aliases.
    public static let resourceTTLSeconds = 60.0

    /// Kind of target.
    public var kind: Route53AliasTargetKind
    /// Name of the target resource, or DNS name of the target record group.
    public var name: String
    /// Whether the record takes the target's health (console default Yes).
    public var evaluateTargetHealth: Bool

    /// Creates an alias target (Evaluate Target Health on, as in the console).
    public init(kind: Route53AliasTargetKind, name: String, evaluateTargetHealth: Bool = true) {
        self.kind = kind
        self.name = name
        self.evaluateTargetHealth = evaluateTargetHealth
    }

    /// The fixed TTL for AWS-resource targets; `nil` for a record target (its own TTL applies).
    public var fixedTTLSeconds: Double? { kind == .record ? nil : Self.resourceTTLSeconds }

    /// Whether target health is actually evaluated: asked for, and not a CloudFront target.
    public var evaluatesHealth: Bool { evaluateTargetHealth && kind != .cloudFrontDistribution }

    /// Whether queries for this alias are free (alias queries to AWS resources are).
    public var isFreeToQuery: Bool { kind != .record }
}
