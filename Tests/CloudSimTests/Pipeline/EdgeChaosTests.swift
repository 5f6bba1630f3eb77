@testable import CloudSim
import Testing

/// Half an hour of seeded chaos at the edge: region outages, origin failures, invalidations,
/// weight changes and health checks failed by hand. No invariant may break.
@Suite struct EdgeChaosTests {
    static func architectures() -> [Architecture] {
        var cdnFailover = EdgeFixtures.failover(rps: 300, evaluateTargetHealth: true)
        cdnFailover.distributions = [
            CloudFrontDistributionConfig(
                name: "site", origin: .group(primary: "alb-use1", secondary: "alb-euw1"),
                behaviors: [
                    CloudFrontCacheBehavior(pathPattern: "/api/*", minTTL: 0, defaultTTL: 0, maxTTL: 0, requestShare: 1)
                ],
                defaultBehavior: CloudFrontCacheBehavior(defaultTTL: 30, requestShare: 3),
                clientRegions: [
                    CloudFrontClientRegion(name: "us-east-1"), CloudFrontClientRegion(name: "eu-west-1", geography: .europe),
                ])
        ]
        cdnFailover.traffic.append(
            TrafficSourceConfig(
                name: "viewers", target: "site", pattern: .steady(rps: 500),
                clientRegions: [RegionShare(region: "eu-west-1", share: 1), RegionShare(region: "ap-south-1", share: 1)]))
        return [EdgeFixtures.staticSite(rps: 1_500, ttl: 20), cdnFailover, EdgeFixtures.weighted([1, 0, 3])]
    }

    @Test(arguments: [0, 1, 2])
    func chaosKeepsEveryInvariant(_ index: Int) {
        var sim = Simulation(architecture: Self.architectures()[index], seed: 11)
        var chaos = SimRandom(seed: 99)
        func pick<T>(_ items: [T]) -> T { items[Int(chaos.next() % UInt64(items.count))] }
        var violations: [String] = []
        var commands = 0
        while sim.time < 1_800 {
            if chaos.uniform() < 1.0 / 100 {
                let duration: Double? = chaos.uniform() < 0.3 ? nil : 10 + 200 * chaos.uniform()
                let kind = pick(FaultKind.edge + [.latency, .azOutage])
                let target = pick(["us-east-1", "eu-west-1", "site", "site-bucket", "alb-use1", "us-east-1a", "ghost"])
                sim.submit(.injectFault(FaultSpec(kind: kind, target: target, durationSeconds: duration)))
                commands += 1
            }
            if chaos.uniform() < 1.0 / 300 {
                sim.submit(
                    pick([
                        .healAll, .setRecordWeight(setIdentifier: pick(["w0", "w1", "w2"]), weight: pick([0, 1, 255])),
                        .setHealthCheckFailing(id: pick(["hc-use1", "hc-euw1"]), failing: pick([true, false])),
                        .setTrafficMultiplier(source: "*", factor: pick([0, 0.5, 3])),
                    ]))
                commands += 1
            }
            sim.step()
            if violations.isEmpty { violations = sim.invariantViolations().map { "t=\(sim.time): \($0)" } }
        }
        #expect(violations.isEmpty, "\(violations)")
        #expect(commands > 50)
        #expect(sim.snapshot().events.count > 20)
    }
}
