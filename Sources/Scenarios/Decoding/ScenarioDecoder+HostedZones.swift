import CloudSim
import Yams

/// `hostedZones`: Route 53 hosted zones and their health checks.
extension ScenarioDecoder {
    static let hostedZoneKeys = ["name", "negativeTTL", "healthChecks", "records"]
    static let route53HealthCheckKeys = [
        "id", "endpoint", "interval", "failureThreshold", "regions", "inverted", "disabled",
    ]

    func decodeHostedZone(_ zone: ObjectReader) -> Route53HostedZone? {
        let name = zone.located("name", required: true)
        if let name { hostedZones.declare(name, noun: "hosted zone", log: log) }
        let negativeTTL =
            zone.duration("negativeTTL", bound: .upTo(86_400))
            ?? Route53HostedZone.defaultNegativeCacheTTLSeconds
        var scope = HostedZoneScope(zoneName: name.map { DNSName.normalized($0.value) })
        var checks: [(config: Route53HealthCheckConfig, mark: Mark?)] = []
        for reader in zone.objects("healthChecks", keys: Self.route53HealthCheckKeys) {
            guard let check = decodeRoute53HealthCheck(reader, scope: &scope) else { continue }
            checks.append((check, reader.mark))
            scope.decodedChecks.insert(check.id)
        }
        let recordReaders = zone.objects("records", keys: Self.recordKeys)
        declareRecordNames(recordReaders, scope: &scope)
        let records: [(record: Route53Record, mark: Mark?)] = recordReaders.compactMap { reader in
            decodeRecord(reader, scope: scope).map { ($0, reader.mark) }
        }
        guard let name else { return nil }
        let hosted = Route53HostedZone(
            name: name.value, records: records.map(\.record), healthChecks: checks.map(\.config),
            negativeCacheTTLSeconds: negativeTTL)
        reportProblems(of: hosted, recordMarks: records.map(\.mark), checkMarks: checks.map(\.mark))
        return hosted
    }

    /// Declares every record name up front, so aliases and traffic sources may name records
    /// written later (or records that are broken in other ways).
    private func declareRecordNames(_ readers: [ObjectReader], scope: inout HostedZoneScope) {
        for reader in readers {
            guard case .scalar(let scalar) = reader.node("name"), !ScalarText.isNull(scalar),
                !scalar.string.isEmpty
            else { continue }
            let name = Located(value: DNSName.normalized(scalar.string), mark: scalar.mark)
            if !scope.recordNames.contains(name.value) {
                scope.recordNames.declare(name, noun: "record", log: log)
            }
            if !recordNames.contains(name.value) { recordNames.declare(name, noun: "record", log: log) }
        }
    }

    private func decodeRoute53HealthCheck(_ check: ObjectReader, scope: inout HostedZoneScope)
        -> Route53HealthCheckConfig?
    {
        let id = check.located("id", required: true)
        var unique = false
        if let id, healthChecks.declare(id, noun: "health check", log: log) {
            scope.checkIDs.declare(id, noun: "health check", log: log)
            unique = true
        }
        let endpoint = check.located("endpoint", required: true)
        let known =
            endpoint.map {
                endpoints.check(
                    $0, noun: "load balancer, bucket or distribution", plural: "endpoints", in: check.path,
                    log: log)
            } ?? false
        let interval = decodeCheckInterval(check)
        let threshold = check.whole("failureThreshold", bound: .range(1, 10)) ?? 3
        let regionNames = check.strings("regions", nonEmpty: true)
        for region in regionNames ?? [] { checkRegion(region, in: check.path, catalogueOnly: true) }
        let inverted = check.bool("inverted") ?? false
        let disabled = check.bool("disabled") ?? false
        guard let id, unique, let endpoint, known, let interval else { return nil }
        return Route53HealthCheckConfig(
            id: id.value, endpoint: endpoint.value, interval: interval, failureThreshold: threshold,
            regions: regionNames?.map(\.value) ?? Route53HealthCheckConfig.defaultRegions,
            isInverted: inverted,
            isDisabled: disabled)
    }

    /// `interval`: 30 seconds (standard) or 10 (fast); nil after reporting anything else.
    private func decodeCheckInterval(_ check: ObjectReader) -> Route53HealthCheckInterval? {
        guard let seconds = check.duration("interval", bound: .positive) else {
            return check.has("interval") ? nil : .standard
        }
        guard let interval = Route53HealthCheckInterval.allCases.first(where: { $0.seconds == seconds })
        else {
            check.report(
                "'interval' must be 10 or 30 seconds, got \(ScalarText.format(seconds))", about: "interval")
            return nil
        }
        return interval
    }
}
