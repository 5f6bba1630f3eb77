import CloudSim

/// Records of a hosted zone: name, type, values or alias, TTL and health check.
extension ScenarioDecoder {
    static let recordKeys = [
        "name", "type", "ttl", "setIdentifier", "alias", "values", "routing", "healthCheck",
    ]
    static let aliasKeys = ["kind", "name", "evaluateTargetHealth"]

    func decodeRecord(_ record: ObjectReader, scope: HostedZoneScope) -> Route53Record? {
        let name = record.located("name", required: true)
        if let name, let zone = scope.zoneName {
            let canonical = DNSName.normalized(name.value)
            if canonical != zone, !canonical.hasSuffix("." + zone) {
                log.report(
                    "record name \(ScalarText.quoted(name.value)) is not in hosted zone '\(zone)'; "
                        + "use '\(zone)' or a name ending in '.\(zone)'",
                    at: name.mark)
            }
        }
        let type = record.choice("type", noun: "record type", of: DNSRecordType.self) ?? .a
        let target = decodeRecordTarget(record, type: type, scope: scope)
        let ttl = record.duration("ttl", bound: .upTo(2_147_483_647)) ?? Route53Record.defaultTTLSeconds
        if record.has("ttl"), record.has("alias") {
            record.report(
                "'ttl' does not apply to an alias record (Route 53 uses 60 s for an AWS resource, "
                    + "else the target record's TTL); remove it",
                about: "ttl")
        }
        let setIdentifier = record.located("setIdentifier")
        let routing = decodeRouting(record)
        if case .weighted = routing, let setIdentifier, !weightedRecords.contains(setIdentifier.value) {
            weightedRecords.declare(setIdentifier, noun: "weighted record", log: log)
        }
        let check = record.located("healthCheck")
        if let check {
            scope.checkIDs.check(
                check, noun: "health check", plural: "health checks", in: record.path, log: log)
        }
        if case .alias(let alias) = target, alias.kind == .record, let name,
            DNSName.normalized(alias.name) == DNSName.normalized(name.value)
        {
            record.report("an alias cannot point at its own record name '\(name.value)'", about: "alias")
            return nil
        }
        guard let name, let target, let routing else { return nil }
        return Route53Record(
            name: name.value, type: type, target: target, ttlSeconds: ttl,
            setIdentifier: setIdentifier?.value,
            routing: routing,
            healthCheckID: check.flatMap { scope.decodedChecks.contains($0.value) ? $0.value : nil })
    }

    /// `values` (endpoint names for A/AAAA, one host name for CNAME) or `alias`.
    private func decodeRecordTarget(_ record: ObjectReader, type: DNSRecordType, scope: HostedZoneScope)
        -> Route53RecordTarget?
    {
        switch record.present(["values", "alias"]).count {
        case 0:
            record.report("\(record.subject) is missing required key 'values' (or 'alias')")
            return nil
        case 2:
            record.report("give either 'values' or 'alias', not both", about: "alias")
            return nil
        default:
            break
        }
        if let values = record.strings("values", nonEmpty: true) {
            let known = values.map { value in
                type == .cname
                    || endpoints.check(
                        value, noun: "load balancer, bucket or distribution", plural: "endpoints",
                        in: record.path,
                        log: log)
            }
            return known.contains(false) || values.isEmpty ? nil : .values(values.map(\.value))
        }
        return record.object("alias", keys: Self.aliasKeys).flatMap { decodeAlias($0, scope: scope) }
            .map { .alias($0) }
    }

    private func decodeAlias(_ alias: ObjectReader, scope: HostedZoneScope) -> Route53AliasTarget? {
        let kindGiven = alias.choice("kind", noun: "alias target kind", of: Route53AliasTargetKind.self)
        let name = alias.located("name", required: true)
        let evaluate = alias.bool("evaluateTargetHealth")
        guard let name, kindGiven != nil || !alias.has("kind") else { return nil }
        let kind: Route53AliasTargetKind?
        if let kindGiven {
            kind = checkAliasTarget(name, kind: kindGiven, scope: scope, in: alias.path) ? kindGiven : nil
        } else {
            kind = inferredAliasKind(name, scope: scope, in: alias.path)
        }
        guard let kind else { return nil }
        return Route53AliasTarget(
            kind: kind, name: name.value, evaluateTargetHealth: evaluate ?? (kind != .cloudFrontDistribution))
    }

    /// Whether `name` is something of `kind` (API Gateway, not modelled yet, is not checked).
    private func checkAliasTarget(
        _ name: Located, kind: Route53AliasTargetKind, scope: HostedZoneScope, in place: String
    ) -> Bool {
        switch kind {
        case .loadBalancer:
            return loadBalancers.check(
                name, noun: "load balancer", plural: "load balancers", in: place, log: log)
        case .cloudFrontDistribution:
            return distributions.check(
                name, noun: "distribution", plural: "distributions", in: place, log: log)
        case .record:
            let canonical = Located(value: DNSName.normalized(name.value), mark: name.mark)
            return scope.recordNames.check(
                canonical, noun: "record name", plural: "record names", in: place, log: log)
        case .apiGateway:
            return true
        }
    }

    /// The kind of what `name` names: a load balancer, a distribution or a record of the zone.
    private func inferredAliasKind(_ name: Located, scope: HostedZoneScope, in place: String)
        -> Route53AliasTargetKind?
    {
        if loadBalancers.contains(name.value) { return .loadBalancer }
        if distributions.contains(name.value) { return .cloudFrontDistribution }
        if scope.recordNames.contains(DNSName.normalized(name.value)) { return .record }
        if buckets.contains(name.value) {
            log.report(
                "an alias cannot point at bucket '\(name.value)' here; alias a distribution in front of it, "
                    + "or write values: [\(name.value)]",
                at: name.mark)
            return nil
        }
        (loadBalancers + distributions + scope.recordNames).check(
            name, noun: "load balancer, distribution or record name", plural: "alias targets", in: place,
            log: log)
        return nil
    }
}
