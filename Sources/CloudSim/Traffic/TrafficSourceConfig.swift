/// A client population: how many requests per second it sends, where from and to what.
public struct TrafficSourceConfig: Sendable, Equatable {
    /// Name used in metrics and commands.
    public var name: String
    /// What the clients send to: a load balancer, a CloudFront distribution or a bucket by
    /// name, or a record name of a hosted zone (resolved through Route 53 per client region).
    public var target: String
    /// How the arrival rate changes over simulated time.
    public var pattern: RatePattern
    /// Share of clients per client region (`us-east-1: 0.6`); empty means the target's region.
    public var clientRegions: [RegionShare]
    /// Share of requests per path/host, matched against listener rules; empty means `/`.
    public var requestMix: [RequestClass]
    /// The API key the clients send to an API Gateway stage (matched against usage plans).
    public var apiKey: String? = nil

    /// Creates a traffic source.
    public init(
        name: String, target: String, pattern: RatePattern,
        clientRegions: [RegionShare] = [], requestMix: [RequestClass] = []
    ) {
        self.name = name
        self.target = target
        self.pattern = pattern
        self.clientRegions = clientRegions
        self.requestMix = requestMix
    }
}

/// A client region and its share of a traffic source.
public struct RegionShare: Sendable, Equatable {
    /// Client region name.
    public var region: String
    /// Relative share (normalised over the source).
    public var share: Double

    /// Creates a region share.
    public init(region: String, share: Double) {
        self.region = region
        self.share = share
    }
}

/// A class of requests (a path and host) and its share of a traffic source.
public struct RequestClass: Sendable, Equatable {
    /// Request path, e.g. `/api/orders`.
    public var path: String
    /// Host header, e.g. `shop.example.com`.
    public var host: String
    /// Relative share (normalised over the source).
    public var share: Double

    /// Creates a request class.
    public init(path: String, host: String = "", share: Double) {
        self.path = path
        self.host = host
        self.share = share
    }
}

/// How a traffic source's arrival rate evolves over simulated time (requests per second).
public enum RatePattern: Sendable, Equatable {
    /// A constant rate.
    case steady(rps: Double)
    /// Linear change from `from` to `to` between `start` and `start + duration` seconds.
    case ramp(from: Double, to: Double, start: Double, duration: Double)
    /// A day-shaped cosine between `low` and `high`, peaking at `peakAt` seconds into each `period`.
    case diurnal(low: Double, high: Double, period: Double, peakAt: Double)
    /// `base`, jumping to `peak` during `[at, at + duration)`.
    case spike(base: Double, peak: Double, at: Double, duration: Double)
}
