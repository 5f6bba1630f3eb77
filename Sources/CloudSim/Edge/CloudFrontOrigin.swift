/// Where a distribution's cache misses go: one origin, or an origin group that fails over.
public enum CloudFrontOriginTarget: Sendable, Equatable {
    /// A single origin (an S3 bucket, a load balancer, ...), by name.
    case origin(String)
    /// An origin group: misses go to `primary`; when it fails they go to `secondary`.
    /// Every new request starts at the primary again (failover is not sticky).
    case group(primary: String, secondary: String)

    /// Name of the origin tried first.
    public var primaryName: String {
        switch self {
        case .origin(let name): return name
        case .group(let primary, _): return primary
        }
    }
}

/// Connection settings of an origin (CloudFront defaults: 3 attempts of 10 s each).
public struct CloudFrontOriginConnection: Sendable, Equatable {
    /// Status codes an origin group may fail over on: 400, 403, 404, 416, 500, 502, 503, 504.
    public static let allowedFailoverStatusCodes = [400, 403, 404, 416, 500, 502, 503, 504]
    /// The codes used when a scenario names none (the server errors; our choice).
    public static let defaultFailoverStatusCodes = [500, 502, 503, 504]

    /// Connection attempts per request (1-3).
    public var connectionAttempts: Int
    /// Seconds to wait for each connection attempt (1-10).
    public var connectionTimeout: Double

    /// Creates connection settings; the defaults are CloudFront's.
    public init(connectionAttempts: Int = 3, connectionTimeout: Double = 10) {
        self.connectionAttempts = min(3, max(1, connectionAttempts))
        self.connectionTimeout = min(10, max(1, connectionTimeout))
    }

    /// How long a request waits on an unreachable origin before CloudFront gives up on it:
    /// attempts x timeout (30 s by default).
    public var giveUpSeconds: Double { Double(connectionAttempts) * connectionTimeout }
}

/// How one origin answers this tick.
public enum CloudFrontOriginCondition: Sendable, Equatable {
    /// Answers normally.
    case healthy
    /// Answers quickly with 5xx errors (for example a load balancer with no healthy targets).
    case serverErrors
    /// Does not answer: every connection attempt times out.
    case unreachable
}

/// The condition of a distribution's origins this tick.
public struct CloudFrontOriginHealth: Sendable, Equatable {
    /// The origin (or the group's primary).
    public var primary: CloudFrontOriginCondition
    /// The group's secondary (ignored for a single origin).
    public var secondary: CloudFrontOriginCondition
    /// The status code the primary answers with while it has `.serverErrors`.
    public var primaryStatus = 500

    /// Creates an origin condition.
    public init(
        primary: CloudFrontOriginCondition = .healthy, secondary: CloudFrontOriginCondition = .healthy
    ) {
        self.primary = primary
        self.secondary = secondary
    }

    /// Every origin healthy.
    public static let healthy = CloudFrontOriginHealth()
}
