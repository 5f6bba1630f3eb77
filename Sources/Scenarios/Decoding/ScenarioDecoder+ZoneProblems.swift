import CloudSim
import Yams

/// What Route 53 itself would reject in a decoded zone (`Route53HostedZone.problems()`),
/// each problem reported at the health check or record it is about.
extension ScenarioDecoder {
    /// Record groups larger than this are not replayed record by record; their problems go to
    /// the group's first record (keeps hostile files with huge groups cheap).
    static let maximumReplayedGroup = 64

    /// Reports every problem of `zone`. `recordMarks` and `checkMarks` give where each record
    /// and health check was written.
    ///
    /// Health check problems are found on a zone of checks alone. Record problems are found by
    /// replaying each group of same-named records one record at a time: a problem that first
    /// appears when record *k* is added (a second primary, a missing set identifier) is
    /// reported at record *k*.
    func reportProblems(of zone: Route53HostedZone, recordMarks: [Mark?], checkMarks: [Mark?]) {
        let checksOnly = Route53HostedZone(name: zone.name, healthChecks: zone.healthChecks)
        let checkProblems = checksOnly.problems()
        for problem in checkProblems {
            let index = zone.healthChecks.firstIndex { problem.hasPrefix("health check \($0.id):") }
            let mark = index.map { checkMarks[$0] } ?? nil
            log.report("Route 53 would reject this: \(problem)", at: mark)
        }
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, record) in zone.records.enumerated() {
            let key = DNSName.normalized(record.name)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        for key in order {
            let indices = groups[key] ?? []
            // Only the checks the group uses, so a zone of many groups and checks stays cheap.
            let used = Set(indices.compactMap { zone.records[$0].healthCheckID })
            let base = Route53HostedZone(
                name: zone.name, healthChecks: zone.healthChecks.filter { used.contains($0.id) })
            let steps = indices.count > Self.maximumReplayedGroup ? [indices.count] : Array(1...indices.count)
            var previous = base.problems()
            for count in steps {
                var prefix = base
                prefix.records = indices.prefix(count).map { zone.records[$0] }
                let current = prefix.problems()
                let mark = recordMarks[
                    indices.count > Self.maximumReplayedGroup ? indices[0] : indices[count - 1]]
                for problem in Self.added(current, since: previous) {
                    log.report("Route 53 would reject this record: \(problem)", at: mark)
                }
                previous = current
            }
        }
    }

    /// The entries of `current` not in `previous`, counting repeats.
    private static func added(_ current: [String], since previous: [String]) -> [String] {
        var remaining = Dictionary(previous.map { ($0, 1) }, uniquingKeysWith: +)
        return current.filter { problem in
            guard let count = remaining[problem], count > 0 else { return true }
            remaining[problem] = count - 1
            return false
        }
    }
}
