@testable import CloudSim
import Testing

/// An hour of seeded chaos: every compute-tier fault, heals and capacity changes at random
/// ticks. No invariant may break (debug builds also check after every tick).
@Suite struct ChaosTests {
    @Test(arguments: [LoadBalancerKind.application, .network])
    func chaosHourKeepsEveryInvariant(kind: LoadBalancerKind) {
        var sim = Simulation(
            architecture: Fixtures.webApp(
                rps: .diurnal(low: 150, high: 700, period: 1800, peakAt: 900), kind: kind), seed: 25)
        var chaos = SimRandom(seed: 2024)
        var violations: [String] = []
        var kindsInjected = Set<FaultKind>()
        func pick<T>(_ items: [T]) -> T { items[Int(chaos.next() % UInt64(items.count))] }
        while sim.time < 3600 {
            if chaos.uniform() < 1.0 / 150 {  // about every 15 s
                let ids = sim.snapshot().instances.map(\.id)
                let duration: Double? = chaos.uniform() < 0.3 ? nil : 10 + 300 * chaos.uniform()
                let kind = pick(FaultKind.computeTier)
                let target: String
                switch kind {
                case .terminateInstance, .cpuStress, .unhealthyTarget: target = pick(ids + ["web", "ghost"])
                case .azOutage: target = pick(Fixtures.zones)
                case .latency: target = pick(ids + ["web", "web-alb"])
                default: target = pick(["users", "*"])
                }
                let magnitude: Double? = chaos.uniform() < 0.5 ? nil : chaos.uniform() * 4
                sim.submit(.injectFault(FaultSpec(kind: kind, target: target, durationSeconds: duration, magnitude: magnitude)))
                kindsInjected.insert(kind)
            }
            if chaos.uniform() < 1.0 / 600 {
                sim.submit(
                    pick([
                        .healAll, .adjustDesiredCapacity(group: "web", delta: pick([-3, -1, 1, 4])),
                        .setDesiredCapacity(group: "web", desired: pick([0, 2, 7, 20])),
                        .setInstanceType(target: "web", instanceType: pick(["c5.large", "t3.micro", "m5.large"])),
                        .setTrafficMultiplier(source: "users", factor: pick([0, 0.5, 2])),
                    ]))
            }
            sim.step()
            if violations.isEmpty {
                violations = sim.invariantViolations().map { "t=\(sim.time): \($0)" }
            }
        }
        #expect(violations.isEmpty, "\(violations)")
        #expect(kindsInjected == Set(FaultKind.computeTier))
        #expect(sim.snapshot().events.count > 50)
    }
}
