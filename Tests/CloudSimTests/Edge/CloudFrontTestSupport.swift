import CloudSim

/// Distributions built in code for CloudFront tests, and a driver with a seeded generator.
struct CloudFrontTestDriver {
    var state: CloudFrontDistributionState
    var random: SimRandom
    let dt = 0.1

    init(_ config: CloudFrontDistributionConfig, seed: UInt64 = 1) {
        state = CloudFrontDistributionState(config: config)
        random = SimRandom(seed: seed)
    }

    /// One region, one edge, 10,000 objects (Zipf 1.0, 1 kB), TTL `ttl`, edge capacity 2,000.
    static func simple(
        ttl: Double = 86_400, origin: CloudFrontOriginTarget = .origin("web-alb"), regional: Bool = false,
        shield: Bool = false
    ) -> CloudFrontDistributionConfig {
        let catalogue = EdgeCatalogueConfig(objectCount: 10_000, zipfExponent: 1.0, meanObjectBytes: 1_000)
        return CloudFrontDistributionConfig(
            name: "site", origin: origin,
            defaultBehavior: CloudFrontCacheBehavior(defaultTTL: ttl, catalogue: catalogue),
            originShieldRegion: shield ? "us-east-1" : nil,
            clientRegions: [CloudFrontClientRegion(name: "us-east-1")], edgeCapacity: .objects(2_000),
            regionalEdgeCacheCapacity: regional ? .objects(8_000) : nil)
    }

    /// Steps `seconds` seconds at `rate` requests/s per region under `origin`, returning each tick.
    mutating func run(
        seconds: Double, rate: [Int], origin: CloudFrontOriginHealth = .healthy
    ) -> [CloudFrontDistributionTickResult] {
        let perTick = rate.map { Int((Double($0) * dt).rounded()) }
        return (0..<Int((seconds / dt).rounded())).map { _ in
            state.step(requestsByRegion: perTick, dt: dt, origin: origin, random: &random)
        }
    }
}

extension Sequence where Element == CloudFrontDistributionTickResult {
    /// Sum of `value` over the ticks.
    func sum(_ value: (CloudFrontDistributionTickResult) -> Int) -> Int { reduce(0) { $0 + value($1) } }
}
