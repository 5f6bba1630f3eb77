/// The authoritative side of Route 53: record health and the answers to a query.
///
/// A pure function of the zone, the health of checks and alias targets, and the client's
/// location. Aliases to another record (and CNAMEs to a name in the zone) are followed, up
/// to `maxChainDepth` links, and answer with the target group's values under the label of
/// the record that was queried.
public struct Route53Responder: Sendable {
    /// Longest chain of aliases or in-zone CNAMEs followed; longer chains answer nothing.
    public static let maxChainDepth = 4

    /// The zone answered from.
    public let zone: Route53HostedZone
    /// Latency table for latency routing.
    public let latency: DNSLatencyTable
    private let groups: [String: [Int]]

    /// Creates a responder for a zone.
    public init(zone: Route53HostedZone, latency: DNSLatencyTable = .init()) {
        self.zone = zone
        self.latency = latency
        var groups: [String: [Int]] = [:]
        for (i, record) in zone.records.enumerated() {
            groups[DNSName.normalized(record.name), default: []].append(i)
        }
        self.groups = groups
    }

    /// Record indices of the group named `name`.
    public func group(named name: String) -> [Int] { groups[DNSName.normalized(name)] ?? [] }

    /// The health of every record, in zone order.
    ///
    /// A record is healthy unless its health check (`checkHealthy(id)`; unknown ids count as
    /// healthy) is unhealthy, or it is an alias with Evaluate Target Health whose target is
    /// unhealthy: `targetHealthy(name)` for AWS resources, "at least one record healthy"
    /// for a record group.
    public func recordHealth(checkHealthy: (String) -> Bool, targetHealthy: (String) -> Bool) -> [Bool] {
        func healthy(_ i: Int, depth: Int) -> Bool {
            let record = zone.records[i]
            if let id = record.healthCheckID, !checkHealthy(id) { return false }
            guard let alias = record.alias, alias.evaluatesHealth else { return true }
            guard alias.kind == .record else { return targetHealthy(alias.name) }
            guard depth < Self.maxChainDepth else { return false }
            return group(named: alias.name).contains { healthy($0, depth: depth + 1) }
        }
        return zone.records.indices.map { healthy($0, depth: 0) }
    }

    /// The answers to a query for `name` from `client`, given every record's health.
    public func answers(to name: String, from client: DNSClientLocation, recordHealth: [Bool])
        -> [DNSWeightedAnswer]
    {
        var merged: [DNSWeightedAnswer] = []
        for item in resolve(name, client: client, health: recordHealth, depth: 0) {
            if let k = merged.firstIndex(where: { $0.answer == item.answer }) {
                merged[k].probability += item.probability
            } else {
                merged.append(item)
            }
        }
        return merged
    }

    private func resolve(_ name: String, client: DNSClientLocation, health: [Bool], depth: Int)
        -> [DNSWeightedAnswer]
    {
        let empty = [
            DNSWeightedAnswer(
                answer: DNSAnswer(values: [], ttlSeconds: zone.negativeCacheTTLSeconds), probability: 1)
        ]
        let members = group(named: name)
        guard depth < Self.maxChainDepth, !members.isEmpty else { return empty }
        let choices = Route53RecordSelection.choices(
            group: members.map { zone.records[$0] }, isHealthy: members.map { health[$0] }, client: client,
            latency: latency)
        guard !choices.isEmpty else { return empty }
        return choices.flatMap { choice -> [DNSWeightedAnswer] in
            let records = choice.records.map { zone.records[members[$0]] }
            if records.count == 1, let chained = chainTarget(records[0]) {
                let cap = records[0].alias == nil ? records[0].ttlSeconds : .infinity
                return resolve(chained, client: client, health: health, depth: depth + 1).map { nested in
                    let values = nested.answer.values.map {
                        DNSAnswerValue(
                            recordName: DNSName.normalized(name), record: records[0].label,
                            endpoint: $0.endpoint)
                    }
                    let answer = DNSAnswer(values: values, ttlSeconds: min(cap, nested.answer.ttlSeconds))
                    return DNSWeightedAnswer(
                        answer: answer, probability: choice.probability * nested.probability)
                }
            }
            return [DNSWeightedAnswer(answer: direct(records, name: name), probability: choice.probability)]
        }
    }

    /// The in-zone name a record leads to: an alias to a record, or a CNAME to a name in the zone.
    private func chainTarget(_ record: Route53Record) -> String? {
        switch record.target {
        case .alias(let alias): alias.kind == .record ? alias.name : nil
        case .values(let values):
            record.type == .cname && values.count == 1 && !group(named: values[0]).isEmpty ? values[0] : nil
        }
    }

    private func direct(_ records: [Route53Record], name: String) -> DNSAnswer {
        let key = DNSName.normalized(name)
        let values = records.flatMap { record -> [DNSAnswerValue] in
            let endpoints: [String] =
                switch record.target {
                case .values(let values): values
                case .alias(let alias): [alias.name]
                }
            return endpoints.map { DNSAnswerValue(recordName: key, record: record.label, endpoint: $0) }
        }
        let ttl = records.map(\.effectiveTTLSeconds).min() ?? zone.negativeCacheTTLSeconds
        return DNSAnswer(
            values: values, ttlSeconds: ttl, isFree: records.allSatisfy { $0.alias?.isFreeToQuery ?? false })
    }
}
