@testable import CloudSim
import Testing

@Suite("Edge pipeline: traffic through Route 53 and CloudFront")
struct EdgePipelineSmokeTests {
    @Test("A static site answers almost everything from the edge once warm")
    func staticSiteServes() {
        var sim = Simulation(architecture: EdgeFixtures.staticSite())
        sim.step(600)
        let s = sim.snapshot()
        #expect(sim.invariantViolations().isEmpty)
        #expect(abs(s.overview.rps - 2_000) < 200)
        #expect(s.overview.errorRate == 0)
        let cf = s.cloudFront[0]
        #expect(abs(cf.requestsPerSecond - 2_000) < 200)
        #expect(cf.hitRatio > 0.6)
        #expect(cf.originRequestsPerSecond < cf.requestsPerSecond * 0.4)
        #expect(s.buckets[0].requestsPerSecond > 0)
        #expect(s.route53[0].records[0].requestsPerSecond > 1_500)
        #expect(s.route53[0].populations.count == 2)
        #expect(s.route53[0].populations[0].answer == "www.example.com")
    }
}
