@testable import CloudSim
import Testing

/// Changing the instance type (AWS reference 2.1): a stand-alone instance is stopped, changed
/// and started (downtime); a group replaces its instances in batches, keeping 90 % in service.
@Suite struct VerticalScalingTests {
    @Test func standAloneInstanceStopsThenStartsAsTheNewType() {
        var sim = Simulation(
            architecture: Fixtures.standalone(
                [InstanceConfig(name: "web-1", instanceType: "t3.micro", availabilityZone: "us-east-1a", targetGroups: ["web-tg"])],
                rps: .steady(rps: 20)),
            seed: 13)
        sim.run(until: 10)
        sim.submit(.setInstanceType(target: "web-1", instanceType: "m5.large"))
        sim.run(until: 12)
        var s = sim.snapshot()
        #expect(s.instances[0].state == .stopping)
        #expect(s.loadBalancers[0].targetGroups[0].targets.isEmpty, "its target group is empty")
        #expect(s.loadBalancers[0].http503 > 0, "so the load balancer answers 503")
        sim.step(until: { $0.snapshot().instances[0].state == .stopped }, within: 15)
        #expect(sim.snapshot().instances[0].instanceType == "t3.micro")
        sim.step(until: { $0.snapshot().instances[0].state == .inService }, within: 120)
        #expect(sim.snapshot().instances[0].instanceType == "m5.large")
        sim.step(until: { $0.target("web-1")?.health == .healthy }, within: 5)
        sim.run(until: sim.time + 3)
        s = sim.snapshot()
        #expect(s.loadBalancers[0].http503 == 0)
        #expect(s.overview.errorRate == 0)
        #expect(s.instances[0].rps > 10)
    }

    @Test func groupReplacesEveryInstanceKeepingNinetyPercentInService() {
        let desired = 10
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 300), desired: desired, policies: []), seed: 14)
        sim.run(until: 5)
        sim.submit(.setInstanceType(target: "web", instanceType: "c5.large"))
        sim.step()
        #expect(sim.groups[0].isRefreshing)
        // 90 % of desired rounded down, but at least one instance may be out at a time.
        let floor = min(desired - 1, Int(0.9 * Double(desired)))
        var fewest = desired
        while sim.groups[0].isRefreshing && sim.time < 3600 {
            sim.step()
            let inService = sim.hot.filter { $0.group == 0 && $0.state == .inService && $0.isRunning }.count
            fewest = min(fewest, inService)
        }
        #expect(!sim.groups[0].isRefreshing, "refresh finished")
        #expect(fewest >= floor, "InService never below \(floor): fewest \(fewest)")
        let s = sim.snapshot()
        #expect(s.instances.count == desired)
        #expect(s.instances.allSatisfy { $0.instanceType == "c5.large" && $0.state == .inService })
        #expect(s.groups[0].instanceType == "c5.large")
    }
}
