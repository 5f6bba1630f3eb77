extension Benchmark {
    /// Objects in the static-website benchmark's catalogue, its Zipf exponent and the objects
    /// its one edge holds (2 GB of 50 kB objects).
    public static let siteObjects = 1_000_000
    public static let siteZipf = 0.9
    public static let siteEdgeObjects = 40_000

    /// Route 53 -> CloudFront (one edge, LRU, no regional tier) -> bucket, at `rps`.
    public static func staticWebsite(rps: Double) -> Architecture {
        let catalogue = EdgeCatalogueConfig(objectCount: siteObjects, zipfExponent: siteZipf, meanObjectBytes: 50_000)
        return Architecture(
            name: "static-website-bench", title: "benchmark static website",
            regions: [RegionConfig(name: "us-east-1", availabilityZones: ["us-east-1a"])],
            traffic: [TrafficSourceConfig(name: "visitors", target: "www.example.com", pattern: .steady(rps: rps))],
            hostedZones: [
                Route53HostedZone(
                    name: "example.com",
                    records: [
                        Route53Record(
                            name: "www.example.com",
                            target: .alias(Route53AliasTarget(kind: .cloudFrontDistribution, name: "site")))
                    ])
            ],
            distributions: [
                CloudFrontDistributionConfig(
                    name: "site", origin: .origin("site-bucket"),
                    defaultBehavior: CloudFrontCacheBehavior(catalogue: catalogue),
                    clientRegions: [CloudFrontClientRegion(name: "us-east-1")],
                    edgeCapacity: .objects(siteEdgeObjects))
            ],
            buckets: [S3BucketConfig(name: "site-bucket", region: "us-east-1")])
    }

    /// Runs the static website for `seconds` at `rps`; the details give the hit ratio over
    /// the second half next to Che's approximation for the same cache.
    public static func measureStaticWebsite(rps: Double, seconds: Double) -> Result {
        var sim = Simulation(architecture: staticWebsite(rps: rps), seed: 1)
        let ticks = Int((seconds / sim.tickSeconds).rounded())
        let clock = ContinuousClock()
        let start = clock.now
        let half = ticks / 2 - ticks / 2 % sim.ticksPerSecond
        sim.step(half)
        var hits = 0
        var requests = 0
        while sim.tick < ticks {
            sim.step(sim.ticksPerSecond)
            hits += sim.distributions[0].last.viewer.hits
            requests += sim.distributions[0].last.viewer.requests
        }
        let elapsed = clock.now - start
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let che = CheApproximation.hitRatio(objects: siteObjects, alpha: siteZipf, capacity: siteEdgeObjects)
        let measured = requests > 0 ? Double(hits) / Double(requests) : 0
        return Result(
            name: "static-website-1m-rps", realTimeFactor: seconds / max(wall, 1e-9), simulatedSeconds: seconds,
            wallSeconds: wall,
            details: "1M objects, hit \(fixed(measured, 3)) vs Che \(fixed(che, 3))")
    }
}
