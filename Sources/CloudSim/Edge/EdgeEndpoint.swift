/// What a name in the architecture refers to, as the edge pipeline routes to it.
enum EdgeEndpoint: Sendable, Equatable {
    /// A load balancer, by index.
    case balancer(Int)
    /// A CloudFront distribution, by index.
    case distribution(Int)
    /// A bucket, by index.
    case bucket(Int)
    /// A record name in a Route 53 hosted zone, by zone index.
    case dns(zone: Int)
}

/// Where a traffic source's requests go, decided once when the topology is built.
struct SourceRoute: Sendable {
    /// The endpoint the source targets (nil: it names nothing we know; its requests fail).
    var endpoint: EdgeEndpoint?
    /// Normalised client-region shares (one entry, 1.0, when the source names no regions).
    var regionWeights: [Double]
    /// Client region names, parallel to `regionWeights`.
    var regionNames: [String]
    /// For a DNS target: the Route 53 population of each client region.
    var populations: [Int] = []
    /// For each load balancer, the listener rule each request class matches.
    var rulesByBalancer: [[Int]] = []
    /// For each client region, the client region of each distribution that serves it.
    var distributionRegions: [[Int]] = []
    /// For each client region, the network round trip to each bucket's region, ms.
    var bucketRTT: [[Double]] = []
}

/// One population of a hosted zone: which source and client region it stands for.
struct PopulationOwner: Sendable {
    var source: Int
    var region: Int
}
