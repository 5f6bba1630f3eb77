extension Simulation {
    /// Resolves the edge's names: buckets, distributions and their origins, hosted zones and
    /// their client populations, and where every traffic source sends its requests.
    mutating func buildEdgeTopology() {
        let regionNames = architecture.regions.map(\.name)
        regionDown = Array(repeating: false, count: regionNames.count)
        buckets = architecture.buckets.map {
            BucketState(config: $0, region: regionNames.firstIndex(of: $0.region))
        }
        for (b, lb) in architecture.allLoadBalancers.enumerated() { endpoints[lb.name] = .balancer(b) }
        for (k, bucket) in architecture.buckets.enumerated() where endpoints[bucket.name] == nil {
            endpoints[bucket.name] = .bucket(k)
        }
        for (d, config) in architecture.distributions.enumerated() where endpoints[config.name] == nil {
            endpoints[config.name] = .distribution(d)
        }
        distributions = architecture.distributions.map { config in
            var secondary: EdgeEndpoint?
            if case .group(_, let name) = config.origin { secondary = endpoints[name] }
            return DistributionRuntime(
                config: config, primary: endpoints[config.origin.primaryName], secondary: secondary)
        }
        var populations: [[DNSClientPopulation]] = Array(repeating: [], count: architecture.hostedZones.count)
        populationOwners = Array(repeating: [], count: architecture.hostedZones.count)
        for (s, source) in architecture.traffic.enumerated() {
            var route = Self.sourceRoute(source, defaultRegion: regionNames.first ?? "us-east-1")
            route.endpoint = endpoints[source.target]
            if route.endpoint == nil, let z = zoneIndex(serving: source.target) {
                route.endpoint = .dns(zone: z)
                for (r, region) in route.regionNames.enumerated() {
                    let location =
                        DNSClientLocation.region(region)
                        ?? DNSClientLocation(
                            name: region, continent: nil, country: nil,
                            coordinates: DNSCoordinates(latitude: 0, longitude: 0))
                    route.populations.append(populations[z].count)
                    populations[z].append(DNSClientPopulation(queryName: source.target, location: location))
                    populationOwners[z].append(PopulationOwner(source: s, region: r))
                }
            }
            route.rulesByBalancer = balancers.indices.map { b in
                sources[s].requestMix.map { path, host in
                    balancers[b].rules.firstIndex { $0.matches(path: path, host: host) } ?? 0
                }
            }
            sourceRoutes.append(route)
            sourceRoutes[s].distributionRegions = route.regionNames.map { region in
                distributions.indices.map { distributionRegion($0, for: region) }
            }
            sourceRoutes[s].bucketRTT = route.regionNames.map { region in
                buckets.map { Self.roundTripMillis(from: region, to: $0.config.region) }
            }
        }
        zones53 = architecture.hostedZones.enumerated().map { z, zone in
            Route53State(zone: zone, populations: populations[z], tickSeconds: tickSeconds)
        }
        route53Billed = Array(repeating: 0, count: zones53.count)
        zonesProbe = architecture.hostedZones.contains { !$0.healthChecks.isEmpty }
        zonesEvaluateTargets = architecture.hostedZones.contains { zone in
            zone.records.contains { $0.alias?.evaluatesHealth == true }
        }
        for d in distributions.indices {
            let regions = distributions[d].config.clientRegions.map(\.name)
            let primary = distributions[d].primary.flatMap(region(of:))
            let secondary = distributions[d].secondary.flatMap(region(of:))
            distributions[d].primaryRTT = regions.map { Self.roundTripMillis(from: $0, to: primary) }
            distributions[d].secondaryRTT = regions.map { Self.roundTripMillis(from: $0, to: secondary) }
        }
        dnsRequests = populations.map { Array(repeating: 0, count: $0.count) }
        dnsRates = populations.map { Array(repeating: 0, count: $0.count) }
    }

    /// The hosted zone holding records named `name` (or, failing that, whose zone name is
    /// a suffix of it).
    private func zoneIndex(serving name: String) -> Int? {
        let key = DNSName.normalized(name)
        if let z = architecture.hostedZones.firstIndex(where: { !$0.group(named: name).isEmpty }) { return z }
        return architecture.hostedZones.firstIndex { key.hasSuffix(DNSName.normalized($0.name)) }
    }

    /// A source's client regions and their normalised shares.
    private static func sourceRoute(_ source: TrafficSourceConfig, defaultRegion: String) -> SourceRoute {
        let total = source.clientRegions.reduce(0) { $0 + max(0, $1.share) }
        guard total > 0 else { return SourceRoute(regionWeights: [1], regionNames: [defaultRegion]) }
        return SourceRoute(
            regionWeights: source.clientRegions.map { max(0, $0.share) / total },
            regionNames: source.clientRegions.map(\.region))
    }

    /// The client region of a distribution that serves viewers from `region`: the same name,
    /// else the nearest one on the map, else the first.
    func distributionRegion(_ d: Int, for region: String) -> Int {
        let regions = distributions[d].config.clientRegions
        if let i = regions.firstIndex(where: { $0.name == region }) { return i }
        guard let from = DNSRegionCatalog.region(named: region)?.coordinates else { return 0 }
        var best = 0
        var bestKm = Double.infinity
        for (i, candidate) in regions.enumerated() {
            guard let to = DNSRegionCatalog.region(named: candidate.name)?.coordinates else { continue }
            let km = from.distanceKm(to: to)
            if km < bestKm {
                best = i
                bestKm = km
            }
        }
        return best
    }
}

extension Simulation {
    /// The network round trip between two regions' locations (the latency-routing table's
    /// distance model; 0 when either is unknown or missing).
    static func roundTripMillis(from client: String, to region: String?) -> Double {
        guard let region, let location = DNSClientLocation.region(client) else { return 0 }
        let millis = DNSLatencyTable().millis(from: location, to: region)
        return millis.isFinite ? millis : 0
    }

    /// The region an endpoint lives in (a load balancer's, from its first zone).
    func region(of endpoint: EdgeEndpoint) -> String? {
        switch endpoint {
        case .balancer(let b): balancers[b].config.availabilityZones.first.flatMap(architecture.region(ofZone:))
        case .bucket(let k): buckets[k].config.region
        case .distribution, .dns: nil
        }
    }
}

extension SourceState {
    /// The source's request classes as (path, host) pairs (`/` when it names none).
    var requestMix: [(String, String)] {
        config.requestMix.isEmpty ? [("/", "")] : config.requestMix.map { ($0.path, $0.host) }
    }
}
