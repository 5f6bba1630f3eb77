/// One value of a DNS answer: the endpoint clients send requests to, and the record it came from.
public struct DNSAnswerValue: Sendable, Hashable {
    /// Normalized name of the queried record group.
    public var recordName: String
    /// Label (set identifier or name) of the record in that group that produced the value.
    public var record: String
    /// Endpoint name (stands for an IP address or the alias target's addresses).
    public var endpoint: String

    /// Creates a value.
    public init(recordName: String, record: String, endpoint: String) {
        self.recordName = recordName
        self.record = record
        self.endpoint = endpoint
    }
}

/// What a resolver caches for a name: the values and how long to keep them.
///
/// Clients spread their requests evenly over the values. An empty answer (NXDOMAIN or
/// NODATA) is cached too, for the zone's negative-caching TTL; its requests fail.
public struct DNSAnswer: Sendable, Hashable {
    /// The values, in answer order.
    public var values: [DNSAnswerValue]
    /// Seconds resolvers cache the answer.
    public var ttlSeconds: Double
    /// Whether the query was free (alias to an AWS resource).
    public var isFree: Bool

    /// Creates an answer.
    public init(values: [DNSAnswerValue], ttlSeconds: Double, isFree: Bool = false) {
        self.values = values
        self.ttlSeconds = ttlSeconds
        self.isFree = isFree
    }

    /// Whether the answer holds no value.
    public var isEmpty: Bool { values.isEmpty }

    /// Labels of the records in the answer, without repeats, in answer order.
    public var records: [String] {
        var seen = Set<String>()
        return values.map(\.record).filter { seen.insert($0).inserted }
    }
}

/// An answer and the share of queries that receive it.
public struct DNSWeightedAnswer: Sendable, Equatable {
    /// The answer.
    public var answer: DNSAnswer
    /// Its probability (the answers to one query sum to 1).
    public var probability: Double

    /// Creates a weighted answer.
    public init(answer: DNSAnswer, probability: Double) {
        self.answer = answer
        self.probability = probability
    }
}
