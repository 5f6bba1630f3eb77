/// One record as the Route 53 panel shows it.
public struct Route53RecordSnapshot: Sendable, Equatable {
    /// Record name.
    public var name: String
    /// Set identifier or name.
    public var label: String
    /// Routing policy and this record's value, e.g. `weighted 80`, `failover PRIMARY`.
    public var routing: String
    /// What it answers with: the alias target or the values, e.g. `web-alb` or `10.0.0.1, 10.0.0.2`.
    public var target: String = ""
    /// Set identifier (nil for simple routing).
    public var setIdentifier: String?
    /// Weight of a weighted record (nil for other policies).
    public var weight: Int?
    /// Health check associated with the record.
    public var healthCheckID: String?
    /// Health as Route 53 sees it (health check and evaluated target).
    public var isHealthy: Bool
    /// Requests its answers sent in the last complete second.
    public var requestsPerSecond: Double
    /// Share of its group's requests in the last complete second (0 when the group had none).
    public var share: Double
    /// Requests since the start.
    public var totalRequests: Int

    /// Creates a snapshot (the dashboard's tests build them by hand).
    public init(
        name: String, label: String, routing: String, isHealthy: Bool, requestsPerSecond: Double,
        share: Double, totalRequests: Int
    ) {
        self.name = name
        self.label = label
        self.routing = routing
        self.isHealthy = isHealthy
        self.requestsPerSecond = requestsPerSecond
        self.share = share
        self.totalRequests = totalRequests
    }
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
    /// Failing by hand from the dashboard (every probe fails).
    public var isForcedFailing = false
    /// Probe interval in seconds, and how many results flip a checker.
    public var intervalSeconds: Double = 30
    public var failureThreshold = 3

    /// Creates a snapshot (the dashboard's tests build them by hand).
    public init(
        id: String, endpoint: String, isHealthy: Bool, healthyCheckers: Int, checkers: Int,
        history: [Route53HealthCheckResult]
    ) {
        self.id = id
        self.endpoint = endpoint
        self.isHealthy = isHealthy
        self.healthyCheckers = healthyCheckers
        self.checkers = checkers
        self.history = history
    }
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
    /// Client populations resolving names of this zone.
    public var populations: [DNSPopulationSnapshot] = []

    /// Creates a snapshot (the dashboard's tests build them by hand).
    public init(
        zone: String, queriesPerSecond: Double, metrics: Route53Metrics, records: [Route53RecordSnapshot],
        healthChecks: [Route53HealthCheckSnapshot]
    ) {
        self.zone = zone
        self.queriesPerSecond = queriesPerSecond
        self.metrics = metrics
        self.records = records
        self.healthChecks = healthChecks
    }
}
