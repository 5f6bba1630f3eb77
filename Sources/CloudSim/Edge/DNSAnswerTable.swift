/// A record of a queried group, as metrics key it: group name and label.
struct Route53RecordKey: Sendable, Hashable {
    /// Normalized group name.
    var name: String
    /// Set identifier or record name.
    var label: String
}

/// Every distinct answer given so far, with small integer ids for counts and caches.
///
/// Answers are kept after they stop being given (resolvers may still hold them), so an id
/// never changes meaning. Endpoints and records get ids too, so a tick's counting runs on
/// arrays. Only lookups go through dictionaries; nothing iterates them, so the order of
/// everything stays deterministic.
struct DNSAnswerTable: Sendable {
    private(set) var answers: [DNSAnswer] = []
    private(set) var ttlTicks: [Int] = []
    private(set) var valueEndpoints: [[Int]] = []
    private(set) var valueRecords: [[Int]] = []
    private(set) var endpoints: [String] = []
    private(set) var records: [Route53RecordKey] = []
    private var answerIDs: [DNSAnswer: Int] = [:]
    private var endpointIDs: [String: Int] = [:]
    private var recordIDs: [Route53RecordKey: Int] = [:]

    /// The id of `answer`, adding it on first sight.
    mutating func id(of answer: DNSAnswer, tickSeconds: Double) -> Int {
        if let id = answerIDs[answer] { return id }
        let id = answers.count
        answerIDs[answer] = id
        answers.append(answer)
        ttlTicks.append(max(1, Int((answer.ttlSeconds / tickSeconds).rounded())))
        valueEndpoints.append(answer.values.map { endpointID($0.endpoint) })
        valueRecords.append(
            answer.values.map { recordID(Route53RecordKey(name: $0.recordName, label: $0.record)) })
        return id
    }

    /// The id of a record key, if it has appeared in an answer.
    func existingRecordID(_ key: Route53RecordKey) -> Int? { recordIDs[key] }

    private mutating func endpointID(_ name: String) -> Int {
        if let id = endpointIDs[name] { return id }
        endpointIDs[name] = endpoints.count
        endpoints.append(name)
        return endpoints.count - 1
    }

    private mutating func recordID(_ key: Route53RecordKey) -> Int {
        if let id = recordIDs[key] { return id }
        recordIDs[key] = records.count
        records.append(key)
        return records.count - 1
    }
}
