@testable import CloudSim
import Testing

/// What an ALB answers when targets are missing or unhealthy (AWS reference 3.3, 3.6).
@Suite struct LoadBalancerErrorTests {
    @Test func failsOpenWhenEveryTargetIsUnhealthy() {
        // EC2 health checks only, so the group leaves the ELB-unhealthy instances alone.
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 150), policies: [], healthCheckType: .ec2), seed: 4)
        sim.run(until: 10)
        for instance in sim.snapshot().instances {
            sim.submit(.injectFault(FaultSpec(kind: .unhealthyTarget, target: instance.id)))
        }
        // Two failed checks 30 s apart, whatever phase each target's checks are in.
        sim.run(until: 80)
        let group = sim.snapshot().loadBalancers[0].targetGroups[0]
        #expect(group.targets.count == 3)
        #expect(group.targets.allSatisfy { $0.health == .unhealthy })
        #expect(group.isFailingOpen)
        let failed = sim.totals.failed
        let served = sim.totals.succeeded
        sim.run(until: 140)
        #expect(sim.totals.failed == failed, "fail-open: requests still reach the targets")
        #expect(sim.totals.succeeded - served > 8000, "about 60 s x 150 rps served")
        let lb = sim.snapshot().loadBalancers[0]
        #expect(lb.http503 == 0)
        #expect(lb.targetGroups[0].targets.allSatisfy { $0.rps > 0 })
    }

    @Test func stopsFailingOpenWhenOneTargetIsHealthyAgain() {
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 150), policies: [], healthCheckType: .ec2), seed: 5)
        for id in ["i-0001", "i-0002", "i-0003"] {
            sim.submit(.injectFault(FaultSpec(kind: .unhealthyTarget, target: id)))
        }
        sim.run(until: 70)
        #expect(sim.snapshot().loadBalancers[0].targetGroups[0].isFailingOpen)
        sim.submit(.heal(kind: .unhealthyTarget, target: "i-0002"))
        sim.step(until: { $0.target("i-0002")?.health == .healthy }, within: 160)
        sim.run(until: sim.time + 2)
        let group = sim.snapshot().loadBalancers[0].targetGroups[0]
        #expect(!group.isFailingOpen)
        for target in group.targets {
            #expect(target.instance == "i-0002" ? target.rps > 100 : target.rps == 0)
        }
    }

    @Test func answers503WhenTheTargetGroupHasNoRegisteredTargets() {
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 100), minSize: 0, desired: 0, policies: []), seed: 5)
        sim.run(until: 30)
        let s = sim.snapshot()
        let lb = s.loadBalancers[0]
        #expect(lb.targetGroups[0].targets.isEmpty)
        #expect(!lb.targetGroups[0].isFailingOpen)
        #expect(lb.rps > 50)
        #expect(lb.http503 == lb.rps, "every request of the last second answered 503")
        #expect(lb.http502 == 0)
        #expect(s.overview.errorRate == 1)
    }
}
