@testable import CloudSim
import Testing

/// Same edge architecture + seed + timeline => byte-identical headless output.
@Suite struct EdgeDeterminismTests {
    private func lines(seed: UInt64) -> [String] {
        let timeline = [
            TimelineEntry(at: 60, command: .injectFault(FaultSpec(kind: .regionOutage, target: "us-east-1", durationSeconds: 120))),
            TimelineEntry(at: 200, command: .setHealthCheckFailing(id: "hc-euw1", failing: true)),
        ]
        var sim = Simulation(architecture: EdgeFixtures.failover(timeline: timeline), seed: seed)
        var output: [String] = []
        HeadlessRun.run(&sim, duration: 400, every: 10, format: .jsonl, events: true) { output.append($0) }
        return output
    }

    @Test func sameSeedGivesIdenticalOutput() {
        let first = lines(seed: 4)
        #expect(first.contains { $0.contains("\"route53\":{\"primary\"") })
        #expect(first.contains { $0.contains("health check hc-use1") })
        #expect(first == lines(seed: 4))
        #expect(first != lines(seed: 5))
    }
}
