import CloudSim

/// One selectable row of the Route 53 panel: a record or a health check.
public enum Route53Row: Sendable, Equatable {
    /// A record of a zone.
    case record(Route53RecordSnapshot)
    /// A health check of a zone.
    case healthCheck(Route53HealthCheckSnapshot)
}

extension DashboardModel {
    /// Weights the weight menu offers (Route 53 allows 0-255; 0 takes a record out of rotation).
    public static let weightChoices = [0, 50, 100, 200, 255]

    /// Step of `{` and `}` on a weighted record's weight.
    public static let weightStep = 10

    /// Records grouped by name (first appearance order within each zone), then every health
    /// check: the order the Route 53 panel lists and selects them in.
    public var route53Rows: [Route53Row] {
        let records = snapshot.route53.flatMap { zone in
            var names: [String] = []
            for record in zone.records where !names.contains(record.name) { names.append(record.name) }
            return names.flatMap { name in zone.records.filter { $0.name == name } }
        }
        return records.map(Route53Row.record) + snapshot.route53.flatMap(\.healthChecks).map(Route53Row.healthCheck)
    }

    /// The Route 53 row selected (when the Route 53 panel has focus).
    public var selectedRoute53Row: Route53Row? {
        guard focus == .route53 else { return nil }
        let rows = route53Rows
        return rows.isEmpty ? nil : rows[min(selected(.route53), rows.count - 1)]
    }

    /// The distribution the CloudFront panel shows (picked with up/down when there are several).
    public var selectedDistribution: CloudFrontSnapshot? {
        let all = snapshot.cloudFront
        return all.isEmpty ? nil : all[min(selected(.cloudFront), all.count - 1)]
    }

    /// The weight of a weighted record as last sent from here, else as the snapshot shows it;
    /// nil for records of other routing policies.
    public func weight(of record: Route53RecordSnapshot) -> Int? {
        if let pending = pendingRecordWeights[record.setIdentifier ?? record.label] { return pending }
        return record.weight
    }

    /// Whether a health check fails by hand, counting a toggle sent since the last tick.
    public func isForcedFailing(_ check: Route53HealthCheckSnapshot) -> Bool {
        pendingForcedFailing[check.id] ?? check.isForcedFailing
    }
}
