@testable import CloudSim
import Testing

/// `az:outage`: the zone's instances stop, launches there fail, the group replaces capacity in
/// the other zones; after the heal the zone takes launches again (AWS reference 1.3, 1.7).
@Suite struct ZoneOutageTests {
    @Test func groupReplacesAnOutagedZoneElsewhereAndUsesItAgainAfterTheHeal() {
        // Six instances, two per zone; a seventh launching into us-east-1a when the zone fails.
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 300), desired: 6, policies: []), seed: 12)
        sim.run(until: 5)
        sim.submit(.setDesiredCapacity(group: "web", desired: 7))
        sim.step()
        #expect(sim.snapshot().instances.contains { $0.state == .pending && $0.zone == "us-east-1a" })
        sim.submit(.injectFault(FaultSpec(kind: .azOutage, target: "us-east-1a")))
        sim.step()
        let s = sim.snapshot()
        #expect(s.events.contains { $0.message.contains("failed: us-east-1a is out") }, "the launch there failed")
        #expect(s.instances.filter { $0.zone == "us-east-1a" }.allSatisfy { !$0.isReachable })
        // The group's next health check (<= 10 s) finds the stopped instances and replaces them.
        sim.run(until: 20)
        #expect(sim.liveZoneCounts() == ["us-east-1b": 4, "us-east-1c": 3])
        #expect(sim.snapshot().instances.allSatisfy { $0.zone != "us-east-1a" })
        sim.run(until: 200)
        #expect(sim.snapshot().groups[0].inService == 7)
        #expect(sim.snapshot().overview.errorRate == 0)
        // After the heal the now empty us-east-1a takes the next launch.
        sim.submit(.heal(kind: .azOutage, target: "us-east-1a"))
        sim.submit(.setDesiredCapacity(group: "web", desired: 8))
        sim.step()
        #expect(sim.snapshot().instances.contains { $0.state == .pending && $0.zone == "us-east-1a" })
    }

    @Test func launchesFailWhileEveryZoneOfTheGroupIsOut() {
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 100), desired: 3, policies: []), seed: 13)
        for zone in Fixtures.zones { sim.submit(.injectFault(FaultSpec(kind: .azOutage, target: zone))) }
        sim.run(until: 20)
        let s = sim.snapshot()
        #expect(s.instances.isEmpty)
        #expect(s.groups[0].desired == 3)
        #expect(s.events.contains { $0.message.contains("launch failed: no availability zone can take it") })
        #expect(s.loadBalancers[0].http503 > 0, "no registered targets left")
        sim.submit(.healAll)
        sim.step()
        #expect(sim.liveZoneCounts() == ["us-east-1a": 1, "us-east-1b": 1, "us-east-1c": 1])
    }
}
