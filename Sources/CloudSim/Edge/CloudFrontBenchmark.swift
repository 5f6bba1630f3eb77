/// How fast the CloudFront model runs, for `cloudtop bench`: a static website at a million
/// requests per second.
public enum CloudFrontBenchmark {
    /// Viewer requests per second in each client region of `staticWebsite()` (1M in total).
    public static let staticWebsiteRates: [Double] = [500_000, 300_000, 200_000]

    /// The benchmark distribution: 1M objects (Zipf 0.9, 50 kB mean), CloudFront's default
    /// TTLs, one edge location in each of three client regions (2 GB each) and a regional edge
    /// cache per region (20 GB each). Cache sizes are illustrative.
    public static func staticWebsite() -> CloudFrontDistributionConfig {
        let catalogue = EdgeCatalogueConfig(
            objectCount: 1_000_000, zipfExponent: 0.9, meanObjectBytes: 50_000)
        return CloudFrontDistributionConfig(
            name: "static-website", origin: .origin("site-bucket"),
            defaultBehavior: CloudFrontCacheBehavior(catalogue: catalogue),
            clientRegions: [
                CloudFrontClientRegion(name: "us-east-1", geography: .northAmerica),
                CloudFrontClientRegion(name: "eu-west-1", geography: .europe),
                CloudFrontClientRegion(name: "ap-northeast-1", geography: .japan),
            ],
            edgeCapacity: .bytes(2e9), regionalEdgeCacheCapacity: .bytes(20e9))
    }

    /// Steps a cold `staticWebsite()` distribution for `seconds` simulated seconds at
    /// `staticWebsiteRates` x `rateScale` and returns simulated seconds per wall second.
    public static func staticWebsite(seconds: Double, rateScale: Double = 1, dt: Double = 0.1) -> Double {
        staticWebsiteResult(seconds: seconds, rateScale: rateScale, dt: dt).realTimeFactor
    }

    /// The same run as a `Benchmark.Result` line.
    public static func staticWebsiteResult(seconds: Double, rateScale: Double = 1, dt: Double = 0.1)
        -> Benchmark.Result
    {
        var state = CloudFrontDistributionState(config: staticWebsite())
        var random = SimRandom(seed: 1)
        let perTick = staticWebsiteRates.map { Int(($0 * rateScale * dt).rounded()) }
        let ticks = max(1, Int((seconds / dt).rounded()))
        var hits = 0
        var requests = 0
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<ticks {
            let tick = state.step(requestsByRegion: perTick, dt: dt, originHealthy: true, random: &random)
            hits += tick.viewer.hits
            requests += tick.viewer.requests
        }
        let elapsed = clock.now - start
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let simulated = Double(ticks) * dt
        let ratio = requests > 0 ? Double(hits) / Double(requests) : 0
        return Benchmark.Result(
            name: "cloudfront-static-1M", realTimeFactor: simulated / max(wall, 1e-9),
            simulatedSeconds: simulated,
            wallSeconds: wall,
            details:
                "\(requests / max(1, Int(simulated))) req/s, \(state.classes.count) classes, hit \(fixed(ratio, 3))"
        )
    }
}
