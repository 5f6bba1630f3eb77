/// An active fault.
public struct ActiveFaultSnapshot: Sendable, Equatable {
    /// Identifier for healing a single fault.
    public var id: Int
    /// The fault.
    public var spec: FaultSpec
    /// Simulated second it started.
    public var startedAt: Double
    /// Seconds left, nil = until healed.
    public var remaining: Double?

    /// Creates a fault snapshot (the dashboard's tests build them by hand).
    public init(id: Int, spec: FaultSpec, startedAt: Double, remaining: Double?) {
        self.id = id
        self.spec = spec
        self.startedAt = startedAt
        self.remaining = remaining
    }
}

/// The running bill.
public struct CostSnapshot: Sendable, Equatable {
    /// Dollars spent so far.
    public var total: Double
    /// Current spending rate in dollars per hour.
    public var perHour: Double
    /// Dollars per hour by service (`ec2`, `elb`, ...), sorted by service.
    public var perHourByService: [ServiceCost]
}

/// Cost of one service.
public struct ServiceCost: Sendable, Equatable {
    /// Service key (`ec2`, `ec2-credits`, `elb`).
    public var service: String
    /// Dollars per hour.
    public var perHour: Double
    /// Dollars so far.
    public var total: Double
}

/// Recent history at one-second resolution (last 10 minutes), oldest first.
public struct HistorySnapshot: Sendable, Equatable {
    /// Requests per second.
    public var rps: [Double]
    /// p99 latency in milliseconds.
    public var p99Millis: [Double]
    /// Error rate.
    public var errorRate: [Double]
    /// InService instances.
    public var instances: [Double]
    /// Dollars per hour.
    public var costPerHour: [Double]
}
