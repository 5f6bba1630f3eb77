@testable import CloudSim
import Testing

/// Same architecture + seed + timeline => byte-identical headless output, with API Gateway,
/// Lambda, SNS and SQS all present.
@Suite struct MessagingDeterminismTests {
    private func lines(seed: UInt64) -> [String] {
        let timeline = [
            TimelineEntry(
                at: 60,
                command: .injectFault(FaultSpec(kind: .lambdaErrors, target: "audit", durationSeconds: 60))),
            TimelineEntry(
                at: 90,
                command: .injectFault(FaultSpec(kind: .consumerCrash, target: "jobs", durationSeconds: 45))),
            TimelineEntry(
                at: 120,
                command: .injectFault(FaultSpec(kind: .apiThrottle, target: "api", durationSeconds: 30))),
        ]
        var sim = Simulation(architecture: MessagingFixtures.everything(timeline: timeline), seed: seed)
        var output: [String] = []
        HeadlessRun.run(&sim, duration: 240, every: 10, format: .jsonl, events: true) { output.append($0) }
        return output
    }

    @Test func sameSeedGivesIdenticalOutput() {
        let first = lines(seed: 4)
        for key in [
            "\"apigw\":{\"api\"", "\"lambda\":{\"ingest\"", "\"sns\":{\"orders\"", "\"sqs\":{\"jobs\"",
        ] {
            #expect(first.contains { $0.contains(key) }, "missing \(key)")
        }
        #expect(first.contains { $0.contains("apigw:throttle") })
        #expect(first == lines(seed: 4))
        #expect(first != lines(seed: 5))
    }
}
