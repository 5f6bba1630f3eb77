extension Simulation {
    /// `region:outage`: every zone of the region goes out, and its load balancers and buckets
    /// stop answering (health checks on them fail, so Route 53 can fail over).
    mutating func takeRegionDown(_ name: String) {
        guard let r = architecture.regions.firstIndex(where: { $0.name == name }) else {
            log(.warning, name, "region:outage: the scenario has no region \(name)")
            return
        }
        regionDown[r] = true
        for zone in architecture.regions[r].availabilityZones {
            if let z = zones.firstIndex(of: zone) { takeZoneDown(z) }
        }
    }

    /// Whether zone `z` belongs to a region that is out.
    func isZoneInDownRegion(_ z: Int) -> Bool {
        guard let region = architecture.region(ofZone: zones[z]),
            let r = architecture.regions.firstIndex(where: { $0.name == region })
        else { return false }
        return regionDown[r]
    }

    /// `cloudfront:invalidate` of `/*`: every cache of the distribution empties at once.
    mutating func invalidate(distribution name: String) {
        guard let d = distributions.firstIndex(where: { $0.config.name == name }) else {
            log(.warning, name, "cloudfront:invalidate: no distribution named \(name)")
            return
        }
        distributions[d].cache?.invalidate()
        distributions[d].invalidations += 1
        log(.critical, name, "invalidation of /* on \(name): every edge cache is empty; hit ratio restarts at 0")
    }
}
