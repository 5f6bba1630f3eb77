@testable import CloudSim
import Testing

/// AZRebalance (AWS reference 1.7): when a zone recovers, the group launches there first and
/// then terminates in the fullest zone, until the zones are within one instance.
@Suite struct RebalanceTests {
    @Test func recoveredZoneIsRebalancedLaunchingBeforeTerminating() {
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 300), desired: 6, policies: []), seed: 26)
        sim.submit(.injectFault(FaultSpec(kind: .azOutage, target: "us-east-1a")))
        sim.run(until: 200)
        #expect(sim.liveZoneCounts() == ["us-east-1b": 3, "us-east-1c": 3])
        #expect(sim.snapshot().groups[0].inService == 6)
        sim.submit(.heal(kind: .azOutage, target: "us-east-1a"))
        var fewestInService = 6
        var mostLive = 6
        while sim.time < 1200 {
            sim.step()
            let g = sim.snapshot().groups[0]
            fewestInService = min(fewestInService, g.inService)
            mostLive = max(mostLive, g.inService + g.pending)
        }
        #expect(sim.liveZoneCounts() == ["us-east-1a": 2, "us-east-1b": 2, "us-east-1c": 2])
        #expect(fewestInService >= 6, "launch before terminate: never below desired")
        #expect(mostLive == 7, "one instance over desired at a time")
        #expect(sim.snapshot().groups[0].desired == 6)
        #expect(sim.snapshot().events.contains { $0.message.contains("zone rebalancing") })
    }
}
