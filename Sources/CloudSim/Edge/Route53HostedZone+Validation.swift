extension Route53HostedZone {
    /// Everything AWS would reject in this zone, one sentence each (empty = valid).
    ///
    /// The simulation still runs an invalid zone (it takes the first record's policy, skips
    /// unknown health checks); scenario loading should refuse it.
    public func problems() -> [String] {
        var found: [String] = []
        var checkIDs = Set<String>()
        for check in healthChecks {
            if !checkIDs.insert(check.id).inserted {
                found.append("health check \(check.id) is defined twice")
            }
            if !Route53HealthCheckConfig.failureThresholdRange.contains(check.failureThreshold) {
                found.append("health check \(check.id): failure threshold must be 1-10")
            }
            if check.regions.count < 3 {
                found.append("health check \(check.id): needs at least 3 checker regions")
            }
        }
        for record in records {
            found += recordProblems(record, knownChecks: checkIDs).map { "\(record.label): \($0)" }
        }
        var seen = Set<String>()
        for record in records where seen.insert(DNSName.normalized(record.name)).inserted {
            found += groupProblems(group(named: record.name).map { records[$0] })
        }
        return found
    }

    private func recordProblems(_ record: Route53Record, knownChecks: Set<String>) -> [String] {
        var found: [String] = []
        if let id = record.healthCheckID, !knownChecks.contains(id) {
            found.append("unknown health check \(id)")
        }
        if record.ttlSeconds < 0 { found.append("TTL cannot be negative") }
        switch record.target {
        case .values(let values):
            if values.isEmpty { found.append("needs at least one value") }
            if record.type == .cname && values.count != 1 { found.append("a CNAME holds exactly one value") }
            if record.type == .cname && DNSName.normalized(record.name) == DNSName.normalized(name) {
                found.append("a CNAME cannot be at the zone apex")
            }
        case .alias(let alias):
            if record.type == .cname { found.append("an alias must be type A or AAAA here") }
            if alias.kind == .cloudFrontDistribution && alias.evaluateTargetHealth {
                found.append("Evaluate Target Health is not allowed for CloudFront targets")
            }
        }
        switch record.routing {
        case .weighted(let weight) where !(0...255).contains(weight): found.append("weight must be 0-255")
        case .geoproximity(let location) where !(-99...99).contains(location.bias):
            found.append("bias must be -99 to +99")
        case .geoproximity(let location)
        where location.region.map { DNSRegionCatalog.region(named: $0) == nil } ?? false:
            found.append("unknown region \(location.region ?? "")")
        case .latency(let region) where DNSRegionCatalog.region(named: region) == nil:
            found.append("unknown region \(region)")
        case .multivalue where record.alias != nil: found.append("multivalue records cannot be aliases")
        default: break
        }
        return found
    }

    private func groupProblems(_ group: [Route53Record]) -> [String] {
        guard let first = group.first else { return [] }
        var found: [String] = []
        if group.contains(where: { !$0.routing.isSameKind(as: first.routing) }) {
            found.append("\(first.name): records of one name must share a routing policy")
        }
        if case .simple = first.routing, group.count > 1 {
            found.append("\(first.name): simple routing allows one record (put several values in it)")
        }
        if first.routing != .simple {
            let ids = group.map(\.setIdentifier)
            if ids.contains(nil) { found.append("\(first.name): every record needs a set identifier") }
            if Set(ids.compactMap { $0 }).count != ids.compactMap({ $0 }).count {
                found.append("\(first.name): set identifiers must be unique")
            }
        }
        let roles = group.compactMap { record -> Route53FailoverRole? in
            if case .failover(let role) = record.routing { return role }
            return nil
        }
        if roles.filter({ $0 == .primary }).count > 1 || roles.filter({ $0 == .secondary }).count > 1 {
            found.append("\(first.name): at most one primary and one secondary failover record")
        }
        return found
    }
}
