@testable import CloudSim
import Testing

@Suite("Messaging pipeline: API Gateway, Lambda, SNS and SQS in step()")
struct MessagingPipelineSmokeTests {
    @Test("Requests flow from the stage through the function into the queue and its workers")
    func microservicesFlow() {
        var sim = Simulation(architecture: MessagingFixtures.microservices())
        sim.step(1_200)
        let s = sim.snapshot()
        #expect(sim.invariantViolations().isEmpty, "\(sim.invariantViolations())")
        #expect(abs(s.overview.rps - 200) < 40, "rps \(s.overview.rps)")
        #expect(s.overview.errorRate == 0)
        #expect(abs(s.apiStages[0].requestsPerSecond - 200) < 50)
        #expect(s.functions[0].invocationsPerSecond > 150)
        #expect(s.queues[0].sentPerSecond > 150)
        #expect(s.queues[0].consumersTotal == 8)
        #expect(s.groups[0].cpu > 0.3, "worker CPU \(s.groups[0].cpu)")
        #expect(s.cost.perHourByService.contains { $0.service == "lambda" && $0.total > 0 })
    }

    @Test("Every service at once keeps every invariant")
    func everythingRuns() {
        var sim = Simulation(architecture: MessagingFixtures.everything())
        for _ in 0..<3_000 {
            sim.step()
            let problems = sim.invariantViolations()
            if !problems.isEmpty {
                Issue.record("t=\(sim.time): \(problems)")
                break
            }
        }
        let s = sim.snapshot()
        #expect(s.topics[0].publishedPerSecond > 200)
        #expect(s.functions[1].invocationsPerSecond > 100, "audit \(s.functions[1].invocationsPerSecond)")
        #expect(s.functions[2].invocationsPerSecond > 10, "processor \(s.functions[2].invocationsPerSecond)")
        #expect(s.queues[1].deletedPerSecond > 200, "tasks deleted \(s.queues[1].deletedPerSecond)")
        #expect(s.queues[3].visible > 0, "ghost subscription and audit failures reach `failed`")
        #expect(s.functions[0].sendsTo == ["orders", "tasks"])
        #expect(s.functions[2].eventSourceQueue == "tasks")
        #expect(s.queues[0].fleet == .autoScalingGroup("workers", workersPerInstance: 4))
        #expect(s.queues[0].deadLetterQueue == "jobs-dlq")
        #expect(s.apiStages.map(\.integration) == ["ingest", "ingest"])
    }
}
