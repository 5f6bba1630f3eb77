@testable import CloudSim
import Testing

/// Auto Scaling replaces instances that die or fail health checks (AWS reference 1.3, 1.7).
@Suite struct ReplacementTests {
    @Test func terminatedInstanceFailsWith502UntilTheGroupNoticesThenIsReplacedInTheEmptiestZone() {
        // Five instances: a, b, c, a, b. i-0003 is the only one in us-east-1c.
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 200), desired: 5, policies: []), seed: 9)
        sim.run(until: 12.3)
        sim.submit(.injectFault(FaultSpec(kind: .terminateInstance, target: "i-0003")))
        let failedBefore = sim.totals.failed
        sim.step()
        let killedAt = sim.time
        var lastFailure = killedAt
        var failed = sim.totals.failed
        while sim.time < killedAt + 30 {
            sim.step()
            if sim.totals.failed > failed { lastFailure = sim.time }
            failed = sim.totals.failed
        }
        #expect(sim.totals.failed > failedBefore, "requests to the dead instance fail")
        #expect(lastFailure - killedAt <= 10, "502s stop once the group's health check notices (<= 10 s)")
        #expect(sim.snapshot().loadBalancers[0].http502 == 0)
        #expect(sim.index(of: "i-0003") == nil)
        #expect(sim.liveZoneCounts() == ["us-east-1a": 2, "us-east-1b": 2, "us-east-1c": 1])
        #expect(sim.snapshot().events.contains { $0.message.contains("i-0003 marked unhealthy (EC2 status check failed)") })
    }

    @Test func unhealthyReplacementReplacesAtMostTenPercentOfDesiredAtATime() {
        // Desired 10: 10 % is one instance at a time. Three targets start failing ELB checks.
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 300), desired: 10, policies: []), seed: 10)
        for id in ["i-0001", "i-0002", "i-0003"] {
            sim.submit(.injectFault(FaultSpec(kind: .unhealthyTarget, target: id)))
        }
        var mostInProgress = 0
        var mostWaiting = 0
        var launches: [Double] = []
        var seen = Set(sim.instances.map(\.id))
        while sim.time < 900 {
            sim.step()
            // A replacement is a termination plus a launch: count whichever side is larger.
            var pending = 0
            var terminating = 0
            var waiting = 0
            for (inst, h) in zip(sim.instances, sim.hot) where h.state != .terminated {
                if !seen.contains(inst.id) {
                    seen.insert(inst.id)
                    launches.append(sim.time)
                }
                if h.state == .pending { pending += 1 }
                if h.state == .terminating && inst.isBeingReplaced { terminating += 1 }
                if inst.isMarkedUnhealthy && h.state == .inService { waiting += 1 }
            }
            mostInProgress = max(mostInProgress, pending, terminating)
            mostWaiting = max(mostWaiting, waiting)
        }
        #expect(mostInProgress == 1, "one replacement at a time")
        #expect(mostWaiting >= 1, "unhealthy instances waited for their turn")
        #expect(launches.count == 3)
        for (a, b) in zip(launches, launches.dropFirst()) {
            #expect(b - a >= 90, "the next replacement waits for the previous one to boot (90 s)")
        }
        for id in ["i-0001", "i-0002", "i-0003"] { #expect(sim.index(of: id) == nil) }
        let group = sim.snapshot().groups[0]
        #expect(group.inService == 10)
    }

    @Test func healthCheckGracePeriodProtectsNewInstances() {
        // Grace 120 s: a new instance failing its ELB checks is kept until 120 s after InService.
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 100), policies: [], grace: 120), seed: 11)
        sim.submit(.setDesiredCapacity(group: "web", desired: 4))
        sim.step()
        let id = sim.snapshot().instances.first { $0.state == .pending }!.id
        sim.step(until: { $0.snapshot().instances.first { $0.id == id }?.state == .inService }, within: 100)
        let inServiceAt = sim.time
        sim.submit(.injectFault(FaultSpec(kind: .unhealthyTarget, target: id)))
        sim.step(until: { $0.target(id)?.health == .unhealthy }, within: 65)
        sim.run(until: inServiceAt + 115)
        let i = sim.index(of: id)!
        #expect(sim.hot[i].state == .inService)
        #expect(!sim.instances[i].isMarkedUnhealthy, "protected by the grace period")
        sim.run(until: inServiceAt + 131)
        #expect(sim.instances[i].isMarkedUnhealthy, "replaced at the first group check after the grace period")
        #expect(sim.hot[i].state != .inService)
    }
}
