@testable import CloudSim
import Testing

/// Target-group health checks with the ALB defaults (AWS reference 3.3): every 30 s,
/// unhealthy after 2 consecutive failures, healthy again after 5 passes, a new target after one.
@Suite struct HealthCheckTests {
    /// Three healthy targets; EC2 checks only, so the group never replaces them.
    private func sim(seed: UInt64) -> Simulation {
        Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 100), policies: [], healthCheckType: .ec2), seed: seed)
    }

    @Test func targetBecomesUnhealthyAfterExactlyTwoFailedChecks30SecondsApart() {
        var sim = sim(seed: 8)
        sim.run(until: 5)
        sim.submit(.injectFault(FaultSpec(kind: .unhealthyTarget, target: "i-0001")))
        sim.step(until: { $0.target("i-0001")!.consecutiveFailures == 1 }, within: 31)
        let firstFailure = sim.time
        #expect(sim.target("i-0001")!.health == .healthy, "one failure is not enough")
        sim.step(until: { $0.target("i-0001")!.health == .unhealthy }, within: 31)
        #expect(abs(sim.time - firstFailure - 30) < 1e-6, "second failure 30 s later")
        #expect(sim.target("i-0001")!.consecutiveFailures == 2)
    }

    @Test func unhealthyTargetNeedsFiveConsecutivePassesToBeHealthyAgain() {
        var sim = sim(seed: 9)
        sim.submit(.injectFault(FaultSpec(kind: .unhealthyTarget, target: "i-0002")))
        sim.step(until: { $0.target("i-0002")!.health == .unhealthy }, within: 61)
        sim.submit(.heal(kind: .unhealthyTarget, target: "i-0002"))
        sim.step(until: { $0.target("i-0002")!.consecutivePasses == 1 }, within: 31)
        let firstPass = sim.time
        sim.step(until: { $0.target("i-0002")!.consecutivePasses == 4 }, within: 91)
        #expect(sim.target("i-0002")!.health == .unhealthy, "four passes are not enough")
        sim.step(until: { $0.target("i-0002")!.health == .healthy }, within: 31)
        #expect(abs(sim.time - firstPass - 120) < 1e-6, "fifth pass 4 x 30 s after the first")
        #expect(sim.target("i-0002")!.consecutivePasses == 5)
    }

    @Test func newTargetIsHealthyAfterOnePassedCheckAndGetsNoTrafficBefore() {
        var sim = sim(seed: 10)
        sim.submit(.setDesiredCapacity(group: "web", desired: 4))
        sim.step()
        let id = sim.snapshot().instances.first { $0.state == .pending }!.id
        sim.step(until: { $0.target(id) != nil }, within: 100)
        #expect(sim.target(id)!.health == .initial)
        #expect(sim.target(id)!.consecutivePasses == 0)
        var routedWhileInitial = 0
        while sim.target(id)!.health == .initial && sim.time < 200 {
            routedWhileInitial += sim.stepCountingRoutes()[0][id] ?? 0
        }
        #expect(routedWhileInitial == 0)
        #expect(sim.target(id)!.health == .healthy)
        #expect(sim.target(id)!.consecutivePasses == 1)
        sim.run(until: sim.time + 2)
        #expect(sim.snapshot().loadBalancers[0].targetGroups[0].targets.allSatisfy { $0.rps > 0 })
    }
}
