import CloudSim
import Scenarios
import Testing

/// The built-in scenarios do what their descriptions promise when the engine runs them.
@Suite struct BuiltInScenarioRunTests {
    @Test func webAppScalesOutWithinTheFirstTenSimulatedMinutesWithoutErrors() throws {
        var sim = Simulation(architecture: try ScenarioSource.resolve("web-app"))
        let start = sim.snapshot().groups[0].desired
        sim.step(Int(600 / sim.tickSeconds))
        let report = sim.takeInterval()
        let group = sim.snapshot().groups[0]
        #expect(group.desired > start, "desired \(start) -> \(group.desired) by 10 min")
        #expect(group.inService > start, "new instances InService by 10 min: \(group.inService)")
        #expect(report.errorRate < 0.001, "the ramp is absorbed: error rate \(report.errorRate)")
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test func everyBuiltInScenarioRunsAnHourWithoutBreakingAnInvariant() throws {
        for scenario in BuiltInScenarios.all {
            var sim = Simulation(architecture: try scenario.architecture())
            for _ in 0..<60 {
                sim.step(Int(60 / sim.tickSeconds))
                #expect(sim.invariantViolations().isEmpty, "\(scenario.name) at \(sim.time) s")
            }
        }
    }
}
