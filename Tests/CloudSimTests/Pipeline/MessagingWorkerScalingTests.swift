@testable import CloudSim
import Testing

/// API Gateway -> Lambda -> SQS -> workers on an Auto Scaling group, end to end.
@Suite struct MessagingWorkerScalingTests {
    @Test("a growing backlog raises the workers' CPU and backlog-per-instance tracking scales the group out")
    func backlogScalesWorkersOut() {
        // 2 instances x 4 workers at 10 messages/s each = 80/s; the clients ramp to 300/s.
        var sim = Simulation(
            architecture: MessagingFixtures.microservices(
                rps: .ramp(from: 40, to: 300, start: 60, duration: 120)),
            seed: 12)
        sim.run(until: 50)
        let calm = sim.snapshot()
        #expect(calm.groups[0].desired == 2)
        #expect(
            calm.groups[0].cpu > 0.3 && calm.groups[0].cpu < 0.7, "CPU at 40/s of 80/s: \(calm.groups[0].cpu)"
        )
        sim.run(until: 900)
        let s = sim.snapshot()
        #expect(s.groups[0].desired >= 4, "desired \(s.groups[0].desired)")
        #expect(s.events.contains { $0.message.contains("backlog") && $0.message.contains("desired") })
        #expect(s.queues[0].consumersTotal >= 16)
        #expect(s.queues[0].deletedPerSecond > 250, "deleted \(s.queues[0].deletedPerSecond)/s")
        #expect(sim.invariantViolations().isEmpty)
    }
}
