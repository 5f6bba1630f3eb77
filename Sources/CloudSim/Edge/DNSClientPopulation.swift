/// A population of clients that resolve one name from one place.
///
/// Its resolvers cache answers for their TTL; `resolvers` sets how finely the population
/// splits (each cached answer is held by a whole number of resolvers) and the most queries
/// it can send: resolvers / TTL per second.
public struct DNSClientPopulation: Sendable, Equatable {
    /// Default number of recursive resolvers per population.
    public static let defaultResolvers = 10_000

    /// The DNS name the clients look up, e.g. `www.example.com`.
    public var queryName: String
    /// Where the clients are.
    public var location: DNSClientLocation
    /// Number of recursive resolvers serving them.
    public var resolvers: Int

    /// Creates a population.
    public init(queryName: String, location: DNSClientLocation, resolvers: Int = defaultResolvers) {
        self.queryName = queryName
        self.location = location
        self.resolvers = resolvers
    }
}

/// Requests that Route 53's answers sent to one endpoint this tick, from one population.
public struct Route53Flow: Sendable, Equatable {
    /// Index of the population in `Route53State.populations`.
    public var population: Int
    /// Endpoint name (load balancer, distribution, API or plain endpoint).
    public var endpoint: String
    /// Requests this tick.
    public var requests: Int

    /// Creates a flow.
    public init(population: Int, endpoint: String, requests: Int) {
        self.population = population
        self.endpoint = endpoint
        self.requests = requests
    }
}
