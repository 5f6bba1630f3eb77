import CloudSim

/// `distributions`: CloudFront distributions, their origins, viewers and cache tiers.
extension ScenarioDecoder {
    static let distributionKeys = [
        "name", "priceClass", "origin", "originGroup", "connectionAttempts", "connectionTimeout", "behaviors",
        "defaultBehavior", "originShield", "clientRegions", "edgeCapacity", "regionalEdgeCapacity",
        "originShieldCapacity", "errorCachingMinTTL", "staleIfError", "edgeLatencyMillis",
    ]
    static let clientRegionKeys = ["region", "geography", "edges"]
    /// Price class spellings: the short forms, and CloudFront's own names.
    static let priceClasses: [(name: String, value: CloudFrontPriceClass)] = [
        ("all", .all), ("200", .class200), ("100", .class100),
        ("PriceClass_All", .all), ("PriceClass_200", .class200), ("PriceClass_100", .class100),
    ]

    func decodeDistribution(_ distribution: ObjectReader) -> CloudFrontDistributionConfig? {
        let name = distribution.located("name", required: true)
        if let name, endpoints.declare(name, noun: "distribution", log: log) {
            distributions.declare(name, noun: "distribution", log: log)
        }
        let priceClass = distribution.choice(
            "priceClass", noun: "price class", plural: "price classes", options: Self.priceClasses)
        var failoverCodes: [Int]?
        let origin = decodeOrigin(distribution, failoverCodes: &failoverCodes)
        let attempts = distribution.whole("connectionAttempts", bound: .range(1, 3)) ?? 3
        let timeout = distribution.duration("connectionTimeout", bound: .range(1, 10)) ?? 10
        let behaviors = decodeBehaviors(distribution)
        let defaultBehavior =
            distribution.object("defaultBehavior", keys: Self.defaultBehaviorKeys)
            .flatMap { decodeBehavior($0, pathPattern: "*") } ?? CloudFrontCacheBehavior()
        let shield = distribution.located("originShield")
        if let shield { checkRegion(shield, in: distribution.path) }
        if shield == nil, distribution.has("originShieldCapacity") {
            distribution.report(
                "'originShieldCapacity' applies only with 'originShield'; name the shield's region or remove it",
                about: "originShieldCapacity")
        }
        let viewers = decodeViewerRegions(distribution)
        let errorTTL = distribution.duration("errorCachingMinTTL") ?? 10
        let staleIfError = decodeStaleIfError(distribution) ?? errorTTL
        let edgeCapacity = distribution.capacity("edgeCapacity")
        let regionalCapacity = distribution.capacity("regionalEdgeCapacity")
        let shieldCapacity = distribution.capacity("originShieldCapacity")
        let edgeLatency = distribution.number("edgeLatencyMillis", bound: .upTo(60_000))
        guard let name, let origin, let behaviors, let viewers else { return nil }
        var config = CloudFrontDistributionConfig(
            name: name.value, priceClass: priceClass ?? .all, origin: origin,
            originConnection: CloudFrontOriginConnection(
                connectionAttempts: attempts, connectionTimeout: timeout),
            behaviors: behaviors, defaultBehavior: defaultBehavior, originShieldRegion: shield?.value,
            clientRegions: viewers, regionalEdgeCacheCapacity: regionalCapacity,
            errorCachingMinTTL: errorTTL, staleIfErrorSeconds: staleIfError)
        config.edgeCapacity = edgeCapacity ?? config.edgeCapacity
        config.originShieldCapacity = shieldCapacity ?? config.originShieldCapacity
        config.edgeLatencyMillis = edgeLatency ?? config.edgeLatencyMillis
        config.failoverStatusCodes = failoverCodes ?? config.failoverStatusCodes
        return config
    }

    /// `origin` (one bucket or load balancer) or `originGroup` (`{primary, secondary,
    /// failoverStatusCodes}`).
    private func decodeOrigin(_ distribution: ObjectReader, failoverCodes: inout [Int]?) -> CloudFrontOriginTarget? {
        switch distribution.present(["origin", "originGroup"]).count {
        case 0:
            distribution.report("\(distribution.subject) is missing required key 'origin' (or 'originGroup')")
            return nil
        case 2:
            distribution.report("give either 'origin' or 'originGroup', not both", about: "originGroup")
            return nil
        default:
            break
        }
        if let single = distribution.located("origin") {
            return checkOrigin(single, in: distribution.path) ? .origin(single.value) : nil
        }
        guard let group = distribution.object("originGroup", keys: ["primary", "secondary", "failoverStatusCodes"])
        else {
            return nil
        }
        failoverCodes = decodeFailoverCodes(group)
        let primary = group.located("primary", required: true)
        let secondary = group.located("secondary", required: true)
        let known = [primary, secondary].compactMap { $0 }.map { checkOrigin($0, in: group.path) }
        guard let primary, let secondary, !known.contains(false) else { return nil }
        if primary.value == secondary.value {
            group.report(
                "an origin group fails over to a different origin; 'secondary' must not be '\(primary.value)'",
                about: "secondary")
            return nil
        }
        return .group(primary: primary.value, secondary: secondary.value)
    }

    /// The status codes an origin group fails over on, each one CloudFront allows.
    private func decodeFailoverCodes(_ group: ObjectReader) -> [Int]? {
        guard let codes = group.strings("failoverStatusCodes", nonEmpty: true) else { return nil }
        let allowed = CloudFrontOriginConnection.allowedFailoverStatusCodes
        var result: [Int] = []
        for code in codes {
            guard let value = Int(code.value), allowed.contains(value) else {
                let list = allowed.map(String.init).joined(separator: ", ")
                log.report(
                    "failover status \(code.value) in \(group.path) is not one CloudFront fails over on; use some of \(list)",
                    at: code.mark)
                continue
            }
            result.append(value)
        }
        return result
    }

    private func checkOrigin(_ origin: Located, in place: String) -> Bool {
        (buckets + loadBalancers).check(
            origin, noun: "bucket or load balancer", plural: "origins", in: place, log: log)
    }

    /// `staleIfError`: a duration, or `outage` to serve expired copies for the whole outage.
    private func decodeStaleIfError(_ distribution: ObjectReader) -> Double?? {
        if case .scalar(let scalar) = distribution.node("staleIfError"), !ScalarText.isNull(scalar) {
            if scalar.string.lowercased() == "outage" { return .some(nil) }
            if ScalarText.seconds(scalar.string) == nil {
                log.report(
                    "'staleIfError' must be a duration such as 10s or 5m, or outage, got "
                        + ScalarText.quoted(scalar.string), at: scalar.mark)
                return nil
            }
        }
        return distribution.duration("staleIfError").map { .some($0) }
    }

    /// `clientRegions`: where the viewers are and how many edge locations serve each place.
    private func decodeViewerRegions(_ distribution: ObjectReader) -> [CloudFrontClientRegion]? {
        let readers = distribution.objects(
            "clientRegions", required: true, nonEmpty: true, keys: Self.clientRegionKeys)
        var seen: [String] = []
        let viewers: [CloudFrontClientRegion] = readers.compactMap { viewer in
            let region = viewer.located("region", required: true)
            let known = region.map { checkRegion($0, in: viewer.path) } ?? false
            if let region, seen.contains(region.value) {
                log.report(
                    "duplicate client region '\(region.value)' in \(distribution.path); list each region once",
                    at: region.mark)
            }
            if let region { seen.append(region.value) }
            let edges = viewer.whole("edges", bound: .range(1, 1000)) ?? 1
            var geography = viewer.choice(
                "geography", noun: "geography", plural: "geographies", of: CloudFrontGeography.self)
            if let region, known, geography == nil, !viewer.has("geography") {
                geography = Self.geography(of: region.value)
                if geography == nil {
                    viewer.report(
                        "\(viewer.path) needs 'geography': region '\(region.value)' is not in the region catalogue"
                    )
                }
            }
            guard let region, let geography else { return nil }
            return CloudFrontClientRegion(name: region.value, geography: geography, edgeLocations: edges)
        }
        return viewers.count == readers.count && !readers.isEmpty ? viewers : nil
    }

    /// The CloudFront pricing geography of a catalogue region, from its country and continent.
    static func geography(of region: String) -> CloudFrontGeography? {
        guard let info = DNSRegionCatalog.region(named: region) else { return nil }
        switch (info.country, info.continent) {
        case ("JP", _): return .japan
        case ("IN", _): return .india
        case (_, "NA"): return .northAmerica
        case (_, "EU"): return .europe
        case (_, "SA"): return .southAmerica
        case (_, "AF"): return .middleEastAfrica
        case (_, "OC"): return .australia
        default: return .asiaPacific
        }
    }
}
