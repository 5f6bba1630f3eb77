@testable import CloudSim
import Testing

/// Load-balancer routing (AWS reference 3.1-3.5): round robin, weighted forwards, listener
/// rules, NLB zone affinity without cross-zone, least outstanding requests.
@Suite struct RoutingTests {
    @Test func roundRobinSplitsEvenlyWithinOneRequestPerTickAndOverall() {
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 437), desired: 7, policies: []), seed: 15)
        var totals: [String: Int] = [:]
        var worstTick = 0
        for _ in 0..<1200 {
            let routed = sim.stepCountingRoutes()[0]
            worstTick = max(worstTick, (routed.values.max() ?? 0) - (routed.values.min() ?? 0))
            for (id, n) in routed { totals[id, default: 0] += n }
        }
        #expect(totals.count == 7)
        #expect(worstTick <= 1, "max - min per tick")
        #expect(totals.values.max()! - totals.values.min()! <= 1, "max - min over 120 s: \(totals)")
    }

    /// traffic -> ALB -> two groups, each with its own target group.
    private func blueGreen(blue: Int, green: Int) -> Architecture {
        var architecture = Fixtures.webApp(rps: .steady(rps: 200), desired: 2, policies: [])
        var greenGroup = architecture.autoScalingGroups[0]
        greenGroup.name = "green"
        greenGroup.targetGroups = ["green-tg"]
        architecture.autoScalingGroups.append(greenGroup)
        architecture.loadBalancers[0].targetGroups.append(TargetGroupConfig(name: "green-tg"))
        architecture.loadBalancers[0].defaultForward = [
            WeightedTargetGroup(targetGroup: "web-tg", weight: blue),
            WeightedTargetGroup(targetGroup: "green-tg", weight: green),
        ]
        return architecture
    }

    @Test func weightedForwardSplits80To20WithinOnePercentagePoint() {
        var sim = Simulation(architecture: blueGreen(blue: 80, green: 20), seed: 16)
        var perGroup = [0, 0]
        for _ in 0..<6000 {
            for (g, routed) in sim.stepCountingRoutes().enumerated() { perGroup[g] += routed.values.reduce(0, +) }
        }
        let share = Double(perGroup[0]) / Double(perGroup[0] + perGroup[1])
        #expect(perGroup[0] + perGroup[1] > 100_000)
        #expect(abs(share - 0.8) < 0.01, "blue share \(share), 0.80 +- 0.01")
    }

    @Test func listenerRulesRouteByPathLowestPriorityFirst() {
        let instances = [
            InstanceConfig(name: "web-1", instanceType: "m5.large", availabilityZone: "us-east-1a", targetGroups: ["web-tg"]),
            InstanceConfig(name: "api-1", instanceType: "m5.large", availabilityZone: "us-east-1b", targetGroups: ["api-tg"]),
            InstanceConfig(
                name: "admin-1", instanceType: "m5.large", availabilityZone: "us-east-1c", targetGroups: ["admin-tg"]),
        ]
        // Listed out of order: priority 5 (the narrower admin path) must be evaluated before 10.
        let rules = [
            ListenerRuleConfig(priority: 10, pathPatterns: ["/api/*"], forward: [WeightedTargetGroup(targetGroup: "api-tg")]),
            ListenerRuleConfig(
                priority: 5, pathPatterns: ["/api/admin/*"], forward: [WeightedTargetGroup(targetGroup: "admin-tg")]),
        ]
        let mix = [
            RequestClass(path: "/api/orders", share: 0.5),
            RequestClass(path: "/api/admin/users", share: 0.2),
            RequestClass(path: "/index.html", share: 0.2),
            RequestClass(path: "/API/orders", share: 0.1),  // paths match case-sensitively: default rule
        ]
        var sim = Simulation(
            architecture: Fixtures.standalone(
                instances, rps: .steady(rps: 150), targetGroups: ["web-tg", "api-tg", "admin-tg"], rules: rules,
                requestMix: mix),
            seed: 17)
        var perGroup = [0, 0, 0]
        for _ in 0..<3000 {
            for (g, routed) in sim.stepCountingRoutes().enumerated() { perGroup[g] += routed.values.reduce(0, +) }
        }
        let total = Double(perGroup.reduce(0, +))
        let shares = perGroup.map { Double($0) / total }
        #expect(abs(shares[0] - 0.3) < 0.02, "web (default rule) 0.30 +- 0.02: \(shares)")
        #expect(abs(shares[1] - 0.5) < 0.02, "api 0.50 +- 0.02: \(shares)")
        #expect(abs(shares[2] - 0.2) < 0.02, "admin 0.20 +- 0.02: \(shares)")
        #expect(sim.snapshot().loadBalancers[0].rules.map(\.priority) == [5, 10, 0])
    }

    @Test func networkLoadBalancerWithoutCrossZoneKeepsEachZonesTrafficInItsZone() {
        // Four targets: two in us-east-1a, one each in b and c. Each zone's node takes a third of
        // the traffic and spreads it only over its own zone's targets.
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 300), desired: 4, policies: [], kind: .network), seed: 18)
        var perTarget: [String: Int] = [:]
        for _ in 0..<3000 {
            for (id, n) in sim.stepCountingRoutes()[0] { perTarget[id, default: 0] += n }
        }
        let total = Double(perTarget.values.reduce(0, +))
        for inst in sim.snapshot().instances {
            let share = Double(perTarget[inst.id] ?? 0) / total
            let expected = inst.zone == "us-east-1a" ? 1.0 / 6 : 1.0 / 3
            #expect(abs(share - expected) < 0.02, "\(inst.id) in \(inst.zone): \(share), expected \(expected) +- 0.02")
        }
    }

    /// Share of requests routed to i-0001, which has half its CPU eaten, and 5xx seen.
    private func slowTargetShare(_ algorithm: RoutingAlgorithm) -> (share: Double, failed: Int) {
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 140), desired: 2, policies: [], algorithm: algorithm),
            seed: 19)
        sim.submit(.injectFault(FaultSpec(kind: .cpuStress, target: "i-0001", magnitude: 0.5)))
        var perTarget: [String: Int] = [:]
        for _ in 0..<1200 {
            for (id, n) in sim.stepCountingRoutes()[0] { perTarget[id, default: 0] += n }
        }
        let total = Double(perTarget.values.reduce(0, +))
        return (Double(perTarget["i-0001"] ?? 0) / total, sim.totals.failed)
    }

    @Test func leastOutstandingRequestsFavoursTheEmptierTarget() {
        // i-0001 serves 50 rps, i-0002 100 rps; 140 rps arrive.
        let lor = slowTargetShare(.leastOutstandingRequests)
        let roundRobin = slowTargetShare(.roundRobin)
        #expect(abs(roundRobin.share - 0.5) < 0.01)
        #expect(roundRobin.failed > 0, "round robin overloads the slow target")
        #expect(lor.share < 0.42, "LOR sends the slow target about its capacity, 50/140: \(lor.share)")
        #expect(lor.failed == 0)
    }
}
