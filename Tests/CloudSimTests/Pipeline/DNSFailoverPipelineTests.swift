@testable import CloudSim
import Testing

/// Failover through the whole pipeline: a region goes out, Route 53's checkers notice after
/// interval x threshold, and clients follow only when their cached answer's TTL runs out.
@Suite("Route 53 failover in the pipeline")
struct DNSFailoverPipelineTests {
    static let outageAt = 60.0

    static func run(until seconds: Double, _ sim: inout Simulation) {
        sim.step(Int((seconds / sim.tickSeconds).rounded()) - sim.tick)
    }

    static func outage() -> Simulation {
        Simulation(
            architecture: EdgeFixtures.failover(timeline: [
                TimelineEntry(at: outageAt, command: .injectFault(FaultSpec(kind: .regionOutage, target: "us-east-1")))
            ]))
    }

    @Test("The primary is marked unhealthy after exactly threshold failed checks (10 s x 3)")
    func unhealthyAfterThreshold() {
        var sim = Self.outage()
        var flippedAt: Double?
        while sim.time < 200 && flippedAt == nil {
            sim.step()
            let check = sim.snapshot().route53[0].healthChecks[0]
            if !check.isHealthy { flippedAt = sim.time }
        }
        // Rounds at 70, 80 and 90 s fail; the third flips the checkers.
        #expect(flippedAt.map { abs($0 - 90) < 0.15 } == true, "flipped at \(String(describing: flippedAt))")
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test("Clients move after their cached TTL (60 s for an alias to a load balancer), not before")
    func clientsMoveAfterTTL() {
        var sim = Self.outage()
        Self.run(until: 59, &sim)
        #expect(sim.snapshot().overview.errorRate == 0)
        #expect(sim.snapshot().route53[0].populations[0].answer == "primary")
        Self.run(until: 91, &sim)
        let atFailover = sim.snapshot()
        #expect(atFailover.route53[0].populations[0].answer == "secondary")
        let remaining = atFailover.route53[0].populations[0].staleTTLRemaining
        #expect(remaining > 55 && remaining <= 60, "TTL still to run \(remaining)")
        // Half a TTL later the resolvers that cached the dead region's answer just before
        // the failover still send their clients there.
        Self.run(until: 121, &sim)
        let midway = sim.snapshot()
        let stale = midway.route53[0].populations[0].resolverShares.first { $0.record == "primary" }?.share ?? 0
        #expect(stale > 0.1, "\(midway.route53[0].populations[0].resolverShares)")
        #expect(midway.overview.errorRate > 0.1, "\(midway.overview.errorRate)")
        // One TTL after the failover everybody has moved.
        Self.run(until: 152, &sim)
        let after = sim.snapshot()
        #expect(after.overview.errorRate == 0)
        #expect(after.route53[0].populations[0].staleTTLRemaining == 0)
        #expect(abs(after.loadBalancers[1].rps - 200) < 40)
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test("When the region comes back, health checks recover and clients return after the TTL")
    func failBack() {
        var sim = Simulation(
            architecture: EdgeFixtures.failover(timeline: [
                TimelineEntry(
                    at: 60, command: .injectFault(FaultSpec(kind: .regionOutage, target: "us-east-1", durationSeconds: 120)))
            ]))
        Self.run(until: 400, &sim)
        let s = sim.snapshot()
        #expect(s.route53[0].healthChecks[0].isHealthy)
        #expect(s.route53[0].populations[0].answer == "primary")
        #expect(abs(s.loadBalancers[0].rps - 200) < 40)
        #expect(s.loadBalancers[1].rps == 0)
    }

    @Test("Failing a health check by hand fails over without any outage")
    func manualHealthCheckFailure() {
        var sim = Simulation(architecture: EdgeFixtures.failover())
        sim.submit(.setHealthCheckFailing(id: "hc-use1", failing: true))
        Self.run(until: 100, &sim)
        let s = sim.snapshot()
        #expect(s.route53[0].healthChecks[0].isForcedFailing)
        #expect(!s.route53[0].healthChecks[0].isHealthy)
        #expect(s.overview.errorRate == 0)  // the primary still serves: nobody loses requests
        #expect(abs(s.loadBalancers[1].rps - 200) < 40)
    }
}
