@testable import CloudSim
import Testing

/// The default termination policy (AWS reference 1.6): zone balance first, then the oldest
/// launch-template version, then closest to the billing hour, then random.
@Suite struct TerminationPolicyTests {
    /// Instances of the group that started terminating (or finished) since the start.
    private func victims(_ sim: Simulation) -> [InstanceState] {
        zip(sim.instances, sim.hot).filter { $1.group == 0 && ($1.state == .terminating || $1.state == .terminated) }
            .map(\.0)
    }

    @Test(arguments: 1...5 as ClosedRange<UInt64>)
    func scaleInTerminatesInTheZoneWithTheMostInstances(seed: UInt64) {
        // Four instances over three zones: a, b, c, a.
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 100), desired: 4, policies: []), seed: seed)
        sim.run(until: 5)
        #expect(sim.liveZoneCounts()["us-east-1a"] == 2)
        sim.submit(.setDesiredCapacity(group: "web", desired: 3))
        sim.step()
        #expect(victims(sim).map(\.zone) == ["us-east-1a"])
    }

    @Test(arguments: 0..<6)
    func scaleInPrefersAnOutdatedLaunchTemplateVersion(outdated: Int) {
        // Six instances, two per zone, all launched at once; only one is from version 1.
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 100), desired: 6, policies: []), seed: UInt64(outdated))
        sim.groups[0].templateVersion = 2
        for i in sim.instances.indices where i != outdated { sim.instances[i].templateVersion = 2 }
        sim.submit(.setDesiredCapacity(group: "web", desired: 5))
        sim.step()
        #expect(victims(sim).map(\.id) == [sim.instances[outdated].id])
    }

    @Test func zoneBalanceWinsOverAnOutdatedVersion() {
        // Five instances: a, b, c, a, b. The only one in us-east-1c is outdated, but c is the
        // zone with the fewest instances, so the victim comes from a or b.
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 100), desired: 5, policies: []), seed: 7)
        sim.groups[0].templateVersion = 2
        for i in sim.instances.indices where sim.instances[i].zone != "us-east-1c" {
            sim.instances[i].templateVersion = 2
        }
        sim.submit(.setDesiredCapacity(group: "web", desired: 4))
        sim.step()
        let zones = victims(sim).map(\.zone)
        #expect(zones.count == 1)
        #expect(!zones.contains("us-east-1c"))
    }
}
