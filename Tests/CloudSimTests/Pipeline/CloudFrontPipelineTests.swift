@testable import CloudSim
import Testing

/// CloudFront in front of the compute tier and of buckets, with its faults.
@Suite("CloudFront in the pipeline")
struct CloudFrontPipelineTests {
    /// web-app's ALB behind a distribution: `/static/*` cached, everything else uncached.
    static func siteWithALB(timeline: [TimelineEntry] = []) -> Architecture {
        var architecture = Fixtures.webApp(rps: .steady(rps: 400), desired: 6, policies: [], timeline: timeline)
        architecture.traffic[0].target = "site"
        architecture.distributions = [
            CloudFrontDistributionConfig(
                name: "site", origin: .origin("web-alb"),
                behaviors: [
                    CloudFrontCacheBehavior(
                        pathPattern: "/static/*",
                        catalogue: EdgeCatalogueConfig(objectCount: 1_000, zipfExponent: 1.0), requestShare: 3)
                ],
                defaultBehavior: CloudFrontCacheBehavior(minTTL: 0, defaultTTL: 0, maxTTL: 0, requestShare: 1),
                clientRegions: [CloudFrontClientRegion(name: "us-east-1")], edgeCapacity: .objects(2_000))
        ]
        return architecture
    }

    @Test("Uncached behaviours reach the load balancer one for one; cached ones barely")
    func uncachedPassThrough() {
        var sim = Simulation(architecture: Self.siteWithALB())
        sim.step(1_200)
        let s = sim.snapshot()
        let cf = s.cloudFront[0]
        #expect(abs(cf.uncachedShare - 0.25) < 1e-9)
        #expect(abs(cf.requestsPerSecond - 400) < 60)
        // A quarter of 400 rps passes through; the static objects are all cached after warm-up.
        #expect(abs(s.loadBalancers[0].rps - 100) < 30, "ALB \(s.loadBalancers[0].rps)")
        #expect(cf.hitRatio > 0.65 && cf.hitRatio <= 0.75, "hit \(cf.hitRatio)")
        #expect(s.overview.errorRate == 0)
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test("An origin failure serves stale copies for 10 s, then errors; the group's secondary takes over")
    func originFailure() {
        let fault = TimelineEntry(
            at: 60, command: .injectFault(FaultSpec(kind: .originFailure, target: "site-bucket", durationSeconds: 60)))
        var single = Simulation(
            architecture: EdgeFixtures.staticSite(rps: 1_000, ttl: 5, regionShares: EdgeFailure.oneRegion, timeline: [fault]))
        single.step(900)
        let failing = single.snapshot()
        #expect(failing.cloudFront[0].originStatus == .serverErrors)
        #expect(failing.cloudFront[0].errorRate > 0.2, "\(failing.cloudFront[0].errorRate)")
        single.step(900)
        #expect(single.snapshot().cloudFront[0].errorRate == 0)
        #expect(single.snapshot().cloudFront[0].originStatus == .healthy)

        var group = Simulation(
            architecture: EdgeFixtures.staticSite(
                rps: 1_000, ttl: 5, regionShares: EdgeFailure.oneRegion,
                origin: .group(primary: "site-bucket", secondary: "backup-bucket"), timeline: [fault]))
        group.step(900)
        let failedOver = group.snapshot()
        #expect(failedOver.cloudFront[0].originStatus == .failedOver)
        #expect(failedOver.cloudFront[0].errorRate == 0)
        #expect(failedOver.buckets[1].requestsPerSecond > 0)
        #expect(group.invariantViolations().isEmpty)
    }

    @Test("A region outage under an origin makes requests wait 3 x 10 s before the 504")
    func unreachableOrigin() {
        let outage = TimelineEntry(at: 60, command: .injectFault(FaultSpec(kind: .regionOutage, target: "us-east-1")))
        var sim = Simulation(
            architecture: EdgeFixtures.staticSite(rps: 1_000, ttl: 5, regionShares: EdgeFailure.oneRegion, timeline: [outage]))
        sim.step(700)
        let waiting = sim.snapshot()
        #expect(waiting.cloudFront[0].originStatus == .unreachable)
        #expect(waiting.cloudFront[0].waitingOnOrigin > 0)
        #expect(sim.invariantViolations().isEmpty)
        sim.step(400)
        #expect(sim.snapshot().overview.errorRate > 0.2)
    }

    @Test("An invalidation drops the hit ratio and sends a burst to the origin, then it recovers")
    func invalidation() {
        let invalidate = TimelineEntry(at: 120, command: .injectFault(FaultSpec(kind: .invalidate, target: "site")))
        var sim = Simulation(
            architecture: EdgeFixtures.staticSite(rps: 2_000, regionShares: EdgeFailure.oneRegion, timeline: [invalidate]))
        sim.step(1_200)
        let warm = sim.snapshot().cloudFront[0]
        sim.step(10)
        let cold = sim.snapshot().cloudFront[0]
        #expect(cold.invalidations == 1)
        // Popular objects come back within the first second at 2,000 req/s; the tail does not.
        #expect(cold.hitRatio < warm.hitRatio - 0.1, "warm \(warm.hitRatio), after \(cold.hitRatio)")
        #expect(cold.originRequestsPerSecond > 1.3 * warm.originRequestsPerSecond)
        sim.step(1_200)
        #expect(abs(sim.snapshot().cloudFront[0].hitRatio - warm.hitRatio) < 0.05)
    }

    @Test("Far clients get the site faster from a nearby edge than from the origin's region")
    func edgeIsNearer() {
        func p50(target: String) -> Double {
            var architecture = EdgeFixtures.staticSite(
                rps: 500, regionShares: [RegionShare(region: "ap-northeast-1", share: 1)])
            architecture.traffic[0].target = target
            architecture.distributions[0].clientRegions = [
                CloudFrontClientRegion(name: "ap-northeast-1", geography: .japan)
            ]
            var sim = Simulation(architecture: architecture)
            sim.step(1_200)
            return sim.snapshot().overview.p50Millis
        }
        let direct = p50(target: "site-bucket")
        let viaEdge = p50(target: "site")
        // Tokyo -> N. Virginia is about 170 ms of round trip; a hit costs the edge's 10 ms.
        #expect(direct > 150, "direct \(direct) ms")
        #expect(viaEdge < 20, "via CloudFront \(viaEdge) ms")
    }
}


enum EdgeFailure {
    static let oneRegion = [RegionShare(region: "us-east-1", share: 1)]
}

/// Failover criteria of an origin group: only the listed status codes fail over.
@Suite("CloudFront failover status codes")
struct CloudFrontFailoverCodeTests {
    @Test("A 503 fails over with the default codes; a 404 does not unless listed")
    func failoverFollowsTheListedCodes() {
        func status(code: Double, listed: [Int]?) -> CloudFrontOriginStatus {
            let fault = TimelineEntry(
                at: 10, command: .injectFault(FaultSpec(kind: .originFailure, target: "site-bucket", magnitude: code)))
            var architecture = EdgeFixtures.staticSite(
                rps: 500, ttl: 5, regionShares: EdgeFailure.oneRegion,
                origin: .group(primary: "site-bucket", secondary: "backup-bucket"), timeline: [fault])
            if let listed { architecture.distributions[0].failoverStatusCodes = listed }
            var sim = Simulation(architecture: architecture)
            sim.step(300)
            let cf = sim.snapshot().cloudFront[0]
            #expect(sim.invariantViolations().isEmpty)
            let served = cf.errorRate == 0 && sim.snapshot().buckets[1].requestsPerSecond > 0
            #expect(served == (cf.originStatus == .failedOver), "status \(cf.originStatus) vs errors \(cf.errorRate)")
            return cf.originStatus
        }
        #expect(status(code: 503, listed: nil) == .failedOver)
        #expect(status(code: 404, listed: nil) == .serverErrors)
        #expect(status(code: 404, listed: [404, 500]) == .failedOver)
    }
}
