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

    @Test func microservicesScalesItsContainersOnQueueWorkAndCatchesCrashedJobsInTheDLQ() throws {
        var sim = Simulation(architecture: try ScenarioSource.resolve("microservices"))
        run(&sim, to: 300)
        let ramp = sim.snapshot()
        let jobs = try #require(ramp.queues.first { $0.name == "jobs" })
        #expect(jobs.visible > 500, "the ramp outruns three tasks: backlog \(jobs.visible)")
        #expect(sim.takeInterval().errorRate == 0, "callers never wait for the workers")
        run(&sim, to: 540)
        let scaled = try #require(sim.snapshot().ecsServices.first)
        #expect(scaled.desired > 3 && scaled.running > 3, "busy workers are CPU: \(scaled.desired) tasks")
        #expect(sim.snapshot().queues.first { $0.name == "jobs-dlq" }?.visible == 0, "nothing dead-lettered yet")
        run(&sim, to: 900)
        let after = sim.snapshot()
        #expect((after.queues.first { $0.name == "jobs-dlq" }?.visible ?? 0) > 1_000, "the crash fills the DLQ")
        #expect((after.queues.first { $0.name == "jobs" }?.visible ?? .max) < 100, "the backlog drains after")
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test func showcaseThrottlesTheFunctionAndDeadLettersTheFulfilmentJobs() throws {
        var sim = Simulation(architecture: try ScenarioSource.resolve("showcase"))
        run(&sim, to: 900)
        let before = sim.snapshot()
        #expect(before.beanstalk.first?.currentVersion == "v2", "the back office rolled out v2")
        #expect((before.queues.first { $0.name == "fulfilment-dlq" }?.visible ?? 0) > 0, "crashed jobs reach the DLQ")
        run(&sim, to: 935)
        let throttled = try #require(sim.snapshot().apiStages.first)
        #expect(throttled.tooManyRequestsPerSecond > 0, "API Gateway answers 429 while the function is throttled")
        #expect(sim.invariantViolations().isEmpty)
    }

    /// Steps `sim` to `seconds` of simulated time.
    private func run(_ sim: inout Simulation, to seconds: Double) {
        sim.step(Int(((seconds - sim.time) / sim.tickSeconds).rounded()))
    }

    @Test func verticalScalingHasDowntimeAndHorizontalScalingDoesNot() throws {
        var sim = Simulation(architecture: try ScenarioSource.resolve("vertical-vs-horizontal"))
        run(&sim, to: 480)
        let before = sim.takeInterval()
        #expect(before.errorRate < 0.001, "nothing fails before the type change: \(before.errorRate)")
        run(&sim, to: 510)
        let bigBox = try #require(sim.snapshot().instances.first { $0.id == "big-box" })
        #expect(!bigBox.isReachable, "big-box is down while its type changes")
        run(&sim, to: 600)
        let outage = sim.takeInterval()
        // Half the traffic (the vertical side) fails for most of these two minutes.
        #expect(outage.errorRate > 0.2, "the vertical side's downtime shows: \(outage.errorRate)")
        let after = try #require(sim.snapshot().instances.first { $0.id == "big-box" })
        #expect(after.instanceType == "m5.2xlarge" && after.isReachable)
        run(&sim, to: 1_260)
        let peak = sim.takeInterval()
        #expect(peak.errorRate < 0.001, "both sides serve the peak: \(peak.errorRate)")
        #expect(sim.snapshot().groups[0].inService == 4, "four m5.large cost what one m5.2xlarge does")
    }

    @Test func losingAZoneFailsRequestsBrieflyThenTheGroupRefillsTheOtherZones() throws {
        var sim = Simulation(architecture: try ScenarioSource.resolve("az-failure"))
        run(&sim, to: 300)
        #expect(sim.takeInterval().errorRate < 0.001)
        run(&sim, to: 310)
        let gap = sim.takeInterval()
        #expect(gap.errorRate > 0.2, "a third of the requests go to the dead zone at first: \(gap.errorRate)")
        run(&sim, to: 420)
        let refilled = sim.snapshot()
        let serving = refilled.instances.filter { $0.isReachable }
        #expect(serving.count == 9, "replacements are in service")
        #expect(serving.allSatisfy { $0.zone != "us-east-1a" }, "launched only in the zones left")
        #expect(sim.takeInterval().errorRate < 0.01, "after the gap the survivors only slow down")
        run(&sim, to: 1_500)
        #expect(sim.snapshot().instances.contains { $0.zone == "us-east-1a" && $0.isReachable }, "rebalanced back")
        #expect(sim.invariantViolations().isEmpty)
    }
}
