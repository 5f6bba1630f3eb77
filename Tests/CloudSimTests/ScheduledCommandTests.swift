import CloudSim
import Testing

/// `schedule(_:atTick:)`: a command applies at the start of exactly the tick it names, in the
/// place a submitted command had, so a recorded session replays tick for tick.
@Suite struct ScheduledCommandTests {
    /// Commands a person gave in a session: the tick they applied at and what they were.
    private let session: [(tick: Int, command: Command)] = [
        (450, .adjustDesiredCapacity(group: "web", delta: 2)),
        (900, .injectFault(FaultSpec(kind: .terminateInstance, target: "i-0002"))),
        (900, .injectFault(FaultSpec(kind: .cpuStress, target: "web", durationSeconds: 300))),
        (1500, .injectFault(FaultSpec(kind: .azOutage, target: "us-east-1b", durationSeconds: 300))),
        (2400, .healAll),
        (3001, .setInstanceType(target: "web", instanceType: "m5.xlarge")),
    ]
    private let timeline = [
        TimelineEntry(at: 89.9, command: .injectFault(FaultSpec(kind: .terminateInstance, target: "web"))),
        TimelineEntry(at: 240, command: .setDesiredCapacity(group: "web", desired: 5)),
    ]

    /// Headless lines of ten simulated minutes where each command is submitted just before its tick.
    private func submittedRun() -> (lines: [String], log: [LoggedCommand]) {
        var sim = Simulation(architecture: Fixtures.webApp(timeline: timeline), seed: 5)
        var lines: [String] = []
        var sequence = 0
        while sim.tick < 6000 {
            for c in session where c.tick == sim.tick + 1 { sim.submit(c.command) }
            sim.step()
            if sim.tick % 100 == 0 {
                let (events, next) = sim.events(since: sequence)
                sequence = next
                lines += events.map(\.jsonLine)
                lines.append(
                    HeadlessRecord(report: sim.takeInterval(), snapshot: sim.snapshot(eventCount: 0)).jsonLine
                )
            }
        }
        return (lines, sim.commandLog)
    }

    @Test func scheduledCommandsGiveTheSubmittedRunByteForByte() {
        let live = submittedRun()
        var sim = Simulation(architecture: Fixtures.webApp(timeline: timeline), seed: 5)
        for c in session { sim.schedule(c.command, atTick: c.tick) }
        var lines: [String] = []
        HeadlessRun.run(&sim, duration: 600, every: 10, format: .jsonl, events: true) { lines.append($0) }
        #expect(lines.count == live.lines.count)
        #expect(lines == live.lines)
        #expect(sim.commandLog.map(\.tick) == live.log.map(\.tick))
        #expect(sim.commandLog.map(\.command) == live.log.map(\.command))
    }

    @Test func commandsOfOneTickKeepTheOrderTheyWereScheduledIn() {
        var sim = Simulation(architecture: Fixtures.webApp(), seed: 1)
        sim.schedule(.adjustDesiredCapacity(group: "web", delta: 1), atTick: 10)
        sim.schedule(.setDesiredCapacity(group: "web", desired: 2), atTick: 10)
        sim.schedule(.adjustDesiredCapacity(group: "web", delta: 3), atTick: 5)
        sim.step(20)
        #expect(sim.commandLog.map(\.tick) == [5, 10, 10])
        #expect(sim.commandLog[1].command == .adjustDesiredCapacity(group: "web", delta: 1))
        #expect(sim.commandLog[2].command == .setDesiredCapacity(group: "web", desired: 2))
        #expect(sim.snapshot().groups[0].desired == 2)
    }

    @Test func originsTellSubmittedScheduledAndTimelineCommandsApart() {
        let timeline = [TimelineEntry(at: 0.4, command: .healAll)]
        var sim = Simulation(architecture: Fixtures.webApp(timeline: timeline), seed: 1)
        sim.schedule(.adjustDesiredCapacity(group: "web", delta: 1), atTick: 5)
        sim.step(4)
        sim.submit(.adjustDesiredCapacity(group: "web", delta: -1))
        sim.step()
        #expect(sim.commandLog.map(\.tick) == [5, 5, 5])
        #expect(sim.commandLog.map(\.origin) == [.scheduled, .submitted, .timeline])
    }

    @Test func aTickAlreadyRunMeansTheNextOne() {
        var sim = Simulation(architecture: Fixtures.webApp(), seed: 1)
        sim.step(10)
        sim.schedule(.healAll, atTick: 3)
        #expect(sim.scheduledCommands.first?.tick == 11)
        sim.step()
        #expect(sim.commandLog.last == LoggedCommand(tick: 11, command: .healAll, origin: .scheduled))
        #expect(sim.scheduledCommands.isEmpty)
    }

    @Test func upcomingMergesScheduledCommandsWithTheTimeline() {
        let timeline = [
            TimelineEntry(at: 60, command: .healAll),
            TimelineEntry(at: 120, command: .setDesiredCapacity(group: "web", desired: 4)),
        ]
        var sim = Simulation(architecture: Fixtures.webApp(timeline: timeline), seed: 1)
        sim.schedule(.adjustDesiredCapacity(group: "web", delta: 1), atTick: 901)
        let upcoming = sim.snapshot().upcoming
        #expect(upcoming.map(\.at) == [60, 90, 120])
        #expect(upcoming[1].command == .adjustDesiredCapacity(group: "web", delta: 1))
    }
}
