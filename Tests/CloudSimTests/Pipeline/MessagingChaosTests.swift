@testable import CloudSim
import Testing

/// Twenty simulated minutes of seeded chaos across API Gateway, Lambda, SNS and SQS: every
/// messaging fault, latency, traffic spikes and heals. Conservation must hold every tick
/// (sent = deleted + visible + in flight + delayed + DLQ + expired per queue; client requests
/// = answered + in flight), and the queues' cohorts must agree with their counts.
@Suite struct MessagingChaosTests {
    @Test func chaosKeepsEveryInvariant() {
        var sim = Simulation(architecture: MessagingFixtures.everything(), seed: 21)
        var chaos = SimRandom(seed: 77)
        func pick<T>(_ items: [T]) -> T { items[Int(chaos.next() % UInt64(items.count))] }
        var violations: [String] = []
        var kinds = Set<FaultKind>()
        while sim.time < 1_200 {
            if chaos.uniform() < 1.0 / 80 {
                let kind = pick(FaultKind.serverless + [.latency, .trafficSpike])
                let target: String
                switch kind {
                case .consumerCrash: target = pick(["jobs", "tasks", "ghost"])
                case .lambdaThrottle, .lambdaErrors: target = pick(["ingest", "audit", "processor"])
                case .apiThrottle: target = "api"
                case .latency: target = pick(["ingest", "processor", "jobs"])
                default: target = "*"
                }
                let magnitude: Double? =
                    kind == .lambdaThrottle ? pick([0, 5, 50]) : kind == .latency ? pick([50, 5_000]) : nil
                sim.submit(
                    .injectFault(
                        FaultSpec(
                            kind: kind, target: target, durationSeconds: 10 + 120 * chaos.uniform(),
                            magnitude: magnitude)))
                kinds.insert(kind)
            }
            if chaos.uniform() < 1.0 / 600 { sim.submit(.healAll) }
            sim.step()
            if violations.isEmpty { violations = sim.invariantViolations().map { "t=\(sim.time): \($0)" } }
            if violations.isEmpty && sim.tick % 500 == 0 {
                for q in sim.messaging.queues {
                    violations += q.state.problems().map { "t=\(sim.time): \($0)" }
                }
            }
        }
        #expect(violations.isEmpty, "\(violations.prefix(5))")
        #expect(kinds.isSuperset(of: FaultKind.serverless))
        let s = sim.snapshot()
        #expect(
            s.events.contains {
                $0.message.contains("lambda:throttle") || $0.message.contains("concurrency cut")
            })
        #expect(s.queues.contains { $0.visible + $0.inFlight > 0 } || s.queues[0].deletedPerSecond > 0)
    }
}
