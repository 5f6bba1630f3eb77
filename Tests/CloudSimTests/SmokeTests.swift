import CloudSim
import Testing

@Test func webAppScalesOutWithinTenMinutes() {
    var sim = Simulation(architecture: Fixtures.webApp(), seed: 1)
    var maxDesired = 0
    for minute in 1...20 {
        sim.run(until: Double(minute) * 60)
        let s = sim.snapshot()
        let g = s.groups[0]
        maxDesired = max(maxDesired, g.desired)
        print(
            "t=\(minute)m rps=\(Int(s.overview.rps)) p50=\(Int(s.overview.p50Millis)) p99=\(Int(s.overview.p99Millis)) err=\(s.overview.errorRate) desired=\(g.desired) inService=\(g.inService) pending=\(g.pending) cpu=\(Int(g.cpu*100)) alarms=\(g.alarms.map { "\($0.state.rawValue) \($0.breaching)/\($0.evaluationPeriods)" }) $/h=\(s.cost.perHour)"
        )
    }
    #expect(maxDesired > 3)
    #expect(sim.invariantViolations().isEmpty)
}

@Test func trafficIsSplitAcrossClientRegionsByShare() {
    var arch = Fixtures.webApp(rps: .steady(rps: 200))
    arch.traffic[0].clientRegions = [RegionShare(region: "us-east-1", share: 7), RegionShare(region: "eu-west-1", share: 3)]
    var sim = Simulation(architecture: arch, seed: 3)
    sim.step(10)
    let split = sim.snapshot().traffic[0].byRegion
    #expect(split.map(\.region) == ["us-east-1", "eu-west-1"])
    #expect(abs(split[0].rps - 140) < 1e-9 && abs(split[1].rps - 60) < 1e-9, "70/30 of 200 rps: \(split)")
}
