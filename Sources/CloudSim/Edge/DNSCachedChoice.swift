/// How a resolver population starts.
public enum DNSCacheStart: Sendable, Equatable {
    /// Steady state: every resolver holds an answer, expiries spread evenly over one TTL.
    case warm
    /// Nothing cached: resolvers query as requests reach them.
    case cold
}

/// One possible answer as the cache sees it: an id, its TTL in ticks, its probability.
public struct DNSCachedChoice: Sendable, Equatable {
    /// Answer id chosen by the caller (a small index, used to size arrays).
    public var answer: Int
    /// TTL in ticks (at least 1).
    public var ttlTicks: Int
    /// Share of queries that get this answer.
    public var probability: Double

    /// Creates a choice.
    public init(answer: Int, ttlTicks: Int, probability: Double) {
        self.answer = answer
        self.ttlTicks = max(1, ttlTicks)
        self.probability = probability
    }
}
