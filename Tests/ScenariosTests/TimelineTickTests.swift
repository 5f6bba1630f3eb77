import CloudSim
import Scenarios
import Testing

/// Every built-in scenario's timeline plays at the ticks its times name, in file order.
@Suite struct TimelineTickTests {
    /// The tick whose start time first reaches `at` seconds: an entry at 0 s applies in tick 1.
    static func expectedTick(at seconds: Double, tickSeconds: Double) -> Int {
        var tick = max(1, Int((seconds / tickSeconds).rounded(.down)))
        while seconds > Double(tick - 1) * tickSeconds + 1e-9 { tick += 1 }
        while tick > 1 && seconds <= Double(tick - 2) * tickSeconds + 1e-9 { tick -= 1 }
        return tick
    }

    @Test func expectedTickFollowsTheEngineRule() {
        #expect(Self.expectedTick(at: 0, tickSeconds: 0.1) == 1)
        #expect(Self.expectedTick(at: 0.1, tickSeconds: 0.1) == 2)
        #expect(Self.expectedTick(at: 0.15, tickSeconds: 0.1) == 3)
        #expect(Self.expectedTick(at: 300, tickSeconds: 0.1) == 3_001)
    }

    @Test func everyBuiltInTimelineEntryAppliesAtItsTick() throws {
        for scenario in BuiltInScenarios.all {
            let architecture = try scenario.architecture()
            var sim = Simulation(architecture: architecture)
            let entries = architecture.timeline
            guard let last = entries.map(\.at).max() else { continue }
            let lastTick = Self.expectedTick(at: last, tickSeconds: sim.tickSeconds)
            sim.step(lastTick)
            let played = sim.commandLog.filter { $0.origin == .timeline }
            #expect(played.count == entries.count, "\(scenario.name): \(played.count) of \(entries.count) entries played")
            for (entry, logged) in zip(entries, played) {
                let tick = Self.expectedTick(at: entry.at, tickSeconds: sim.tickSeconds)
                #expect(logged.command == entry.command, "\(scenario.name): entries play in file order")
                #expect(logged.tick == tick, "\(scenario.name): entry at \(entry.at) s applied at tick \(logged.tick), not \(tick)")
            }
        }
    }
}
