@testable import CloudSim
import Testing

/// Deregistration: a draining target gets no new requests, finishes what it holds, and
/// whatever is left when the delay expires fails with 502 (AWS reference 3.2, 3.6).
@Suite struct DrainingTests {
    /// Three instances (a, b, c) at 80 rps each; i-0001 is made the outdated one, so the
    /// default termination policy picks it on scale-in.
    private func sim(delay: Double, maxQueueSeconds: Double) -> Simulation {
        var architecture = Fixtures.webApp(
            rps: .steady(rps: 240), desired: 3, policies: [], healthCheckType: .ec2, deregistrationDelay: delay)
        architecture.autoScalingGroups[0].app.maxQueueSeconds = maxQueueSeconds
        var sim = Simulation(architecture: architecture, seed: 6)
        sim.groups[0].templateVersion = 2
        for i in sim.instances.indices where sim.instances[i].id != "i-0001" { sim.instances[i].templateVersion = 2 }
        return sim
    }

    @Test func drainingTargetGetsNoNewRequestsAndFinishesTheOnesInFlight() {
        var sim = sim(delay: 300, maxQueueSeconds: 3)
        // Half of i-0001's CPU eaten: 50 rps of capacity for 80 rps, so a backlog builds.
        sim.submit(.injectFault(FaultSpec(kind: .cpuStress, target: "i-0001", magnitude: 0.5)))
        sim.run(until: 4)
        let i = sim.index(of: "i-0001")!
        #expect(sim.hot[i].queued > 50)
        sim.submit(.healAll)
        sim.submit(.setDesiredCapacity(group: "web", desired: 2))
        let failed = sim.totals.failed
        sim.step()
        #expect(sim.target("i-0001")?.health == .draining)
        var held = sim.hot[i].queued
        var grew = false
        while sim.target("i-0001") != nil && sim.time < 60 {
            let routes = sim.stepCountingRoutes()
            if sim.hot[i].queued > held || (routes[0]["i-0001"] ?? 0) > 0 { grew = true }
            held = sim.hot[i].queued
        }
        #expect(!grew, "no request routed to the draining target")
        #expect(sim.target("i-0001") == nil, "drained early, long before the 300 s delay")
        #expect(sim.time < 10)
        sim.step()
        #expect(sim.hot[i].state == .terminated)
        #expect(sim.totals.failed == failed, "every request it held was served")
        #expect(!sim.snapshot().events.contains { $0.message.contains("deregistration delay expired") })
    }

    @Test func deregistrationDelayExpiryFailsLeftoverRequestsWith502() {
        // 2 s delay; i-0001 keeps 90 % of its CPU eaten (10 rps of capacity), so it cannot drain in time.
        var sim = sim(delay: 2, maxQueueSeconds: 30)
        sim.submit(.injectFault(FaultSpec(kind: .cpuStress, target: "i-0001", magnitude: 0.9)))
        sim.run(until: 3)
        let i = sim.index(of: "i-0001")!
        let backlog = sim.hot[i].queued
        #expect(backlog > 150)
        sim.submit(.setDesiredCapacity(group: "web", desired: 2))
        let failed = sim.totals.failed
        let start = sim.time
        sim.step(until: { $0.target("i-0001") == nil }, within: 5)
        #expect(abs(sim.time - start - 2) < 0.15, "removed when the 2 s delay expired")
        let leftover = sim.totals.failed - failed
        #expect(leftover > backlog - 30, "about 20 of \(backlog) served in 2 s, the rest failed: \(leftover)")
        sim.run(until: sim.time.rounded(.up))
        #expect(sim.snapshot().loadBalancers[0].http502 == Double(leftover), "all of them 502")
        #expect(sim.snapshot().events.contains { $0.message.contains("deregistration delay expired for i-0001") })
    }
}
