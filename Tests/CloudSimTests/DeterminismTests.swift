import CloudSim
import Testing

/// Same architecture + seed + commands => byte-identical headless output (ARCHITECTURE.md 2).
@Suite struct DeterminismTests {
    /// Ten simulated minutes of the web app with faults on the timeline, as JSONL with events.
    private func headlessLines(seed: UInt64) -> [String] {
        let timeline = [
            TimelineEntry(at: 90, command: .injectFault(FaultSpec(kind: .terminateInstance, target: "web"))),
            TimelineEntry(
                at: 150, command: .injectFault(FaultSpec(kind: .cpuStress, target: "web", durationSeconds: 120))),
            TimelineEntry(
                at: 240, command: .injectFault(FaultSpec(kind: .trafficSpike, target: "users", durationSeconds: 60))),
            TimelineEntry(at: 400, command: .setDesiredCapacity(group: "web", desired: 4)),
        ]
        var sim = Simulation(architecture: Fixtures.webApp(timeline: timeline), seed: seed)
        var lines: [String] = []
        HeadlessRun.run(&sim, duration: 600, every: 10, format: .jsonl, events: true) { lines.append($0) }
        return lines
    }

    @Test func sameSeedAndCommandsGiveIdenticalOutput() {
        let first = headlessLines(seed: 11)
        let second = headlessLines(seed: 11)
        #expect(first.count > 60)
        #expect(first.contains { $0.contains("ec2:terminate-instance") }, "event lines are part of the output")
        #expect(first == second)
    }

    @Test func differentSeedGivesDifferentOutput() {
        #expect(headlessLines(seed: 11) != headlessLines(seed: 12))
    }

    @Test func submittedCommandsReplayIdentically() {
        // The same commands submitted at the same ticks give the same snapshots.
        func run() -> [Double] {
            var sim = Simulation(architecture: Fixtures.webApp(), seed: 3)
            var trace: [Double] = []
            for second in 1...300 {
                if second == 100 { sim.submit(.injectFault(FaultSpec(kind: .azOutage, target: "us-east-1b"))) }
                if second == 200 { sim.submit(.healAll) }
                sim.run(until: Double(second))
                let s = sim.snapshot()
                trace += [s.overview.rps, s.overview.p99Millis, Double(s.groups[0].desired), s.cost.total]
            }
            return trace
        }
        #expect(run() == run())
    }
}
