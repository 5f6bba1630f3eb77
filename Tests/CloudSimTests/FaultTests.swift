@testable import CloudSim
import Testing

/// The compute-tier fault catalogue: what each fault does and that it heals.
@Suite struct FaultTests {
    @Test func trafficSpikeMultipliesTheRateForItsDurationThenHealsByItself() {
        var sim = Simulation(architecture: Fixtures.webApp(rps: .steady(rps: 100), policies: []), seed: 21)
        sim.run(until: 10)
        sim.submit(.injectFault(FaultSpec(kind: .trafficSpike, target: "users", durationSeconds: 60, magnitude: 3)))
        sim.run(until: 20)
        var s = sim.snapshot()
        #expect(s.traffic[0].rps == 300)
        #expect(s.traffic[0].multiplier == 3)
        #expect(abs(s.overview.rps - 300) < 60, "arrivals in the last second: \(s.overview.rps)")
        #expect(s.faults.count == 1)
        sim.run(until: 70)
        #expect(sim.snapshot().traffic[0].rps == 300, "still on at 70 s (injected at 10.1 s)")
        sim.run(until: 70.2)
        s = sim.snapshot()
        #expect(s.faults.isEmpty)
        #expect(s.traffic[0].rps == 100)
        #expect(s.events.contains { $0.message == "healed traffic:spike on users" })
    }

    /// Median latency (ms) over the second minute, with an optional fault injected at the start.
    private func medianLatency(with fault: FaultSpec?) -> Double {
        var sim = Simulation(architecture: Fixtures.webApp(rps: .steady(rps: 150), policies: []), seed: 22)
        if let fault { sim.submit(.injectFault(fault)) }
        sim.run(until: 60)
        _ = sim.takeInterval()
        sim.run(until: 120)
        return sim.takeInterval().p50Millis
    }

    @Test func netLatencyAddsItsMillisecondsToTheMedian() {
        let base = medianLatency(with: nil)
        let slow = medianLatency(with: FaultSpec(kind: .latency, target: "web-alb", magnitude: 200))
        #expect(abs(slow - base - 200) < 10, "p50 \(base) -> \(slow): +200 ms within 5 %")
        let slowGroup = medianLatency(with: FaultSpec(kind: .latency, target: "web", magnitude: 100))
        #expect(abs(slowGroup - base - 100) < 5, "group target: p50 \(base) -> \(slowGroup): +100 ms within 5 %")
    }

    @Test func cpuStressRaisesCPUAndLatency() {
        // 90 rps over three m5.large: 30 % CPU each, 20 ms of service.
        var sim = Simulation(architecture: Fixtures.webApp(rps: .steady(rps: 90), policies: []), seed: 23)
        sim.run(until: 30)
        let before = sim.snapshot().instances.first { $0.id == "i-0001" }!
        sim.submit(.injectFault(FaultSpec(kind: .cpuStress, target: "i-0001", durationSeconds: 60, magnitude: 0.5)))
        sim.run(until: 40)
        let during = sim.snapshot().instances.first { $0.id == "i-0001" }!
        #expect(during.cpu > before.cpu + 0.45, "CPU \(before.cpu) -> \(during.cpu)")
        #expect(during.latencyMillis > 1.5 * before.latencyMillis, "latency \(before.latencyMillis) -> \(during.latencyMillis)")
        sim.run(until: 100)
        let after = sim.snapshot().instances.first { $0.id == "i-0001" }!
        #expect(abs(after.cpu - before.cpu) < 0.1)
        #expect(sim.snapshot().faults.isEmpty)
    }

    @Test func healAllClearsEveryFault() {
        var sim = Simulation(architecture: Fixtures.webApp(rps: .steady(rps: 150), desired: 4, policies: []), seed: 24)
        let faults = [
            FaultSpec(kind: .cpuStress, target: "i-0001"), FaultSpec(kind: .unhealthyTarget, target: "i-0002"),
            FaultSpec(kind: .latency, target: "web-alb"), FaultSpec(kind: .trafficSpike, target: "users"),
            FaultSpec(kind: .trafficDDoS, target: "*"), FaultSpec(kind: .azOutage, target: "us-east-1c"),
        ]
        for fault in faults { sim.submit(.injectFault(fault)) }
        sim.run(until: 5)
        #expect(sim.snapshot().faults.count == faults.count)
        #expect(sim.snapshot().traffic[0].multiplier == 30)
        sim.submit(.healAll)
        sim.step()
        let s = sim.snapshot()
        #expect(s.faults.isEmpty)
        #expect(s.traffic[0].multiplier == 1)
        #expect(sim.zoneDown.allSatisfy { !$0 })
        #expect(sim.balancers[0].faultLatencyMillis == 0)
        #expect(sim.instances.allSatisfy { !$0.failsHealthChecks })
        #expect(sim.hot.allSatisfy { $0.stress == 0 })
        #expect(sim.servingConditions.rows.allSatisfy { $0.extraLatencyMillis == 0 })
        #expect(s.events.contains { $0.message.hasPrefix("heal all (6 active)") })
    }
}
