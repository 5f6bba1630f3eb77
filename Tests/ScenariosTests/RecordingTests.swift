import CloudSim
import Foundation
import Testing

@testable import Scenarios

/// Recordings: written text reads back equal, and a replay is the recorded run byte for byte.
@Suite struct RecordingTests {
    /// A command of every kind, as the dashboard (and a timeline) can give them.
    static let everyKind: [Command] = [
        .injectFault(FaultSpec(kind: .terminateInstance, target: "i-000a")),
        .injectFault(FaultSpec(kind: .cpuStress, target: "web", durationSeconds: 300, magnitude: 0.9)),
        .injectFault(FaultSpec(kind: .azOutage, target: "us-east-1b", durationSeconds: 0.30000000000000004)),
        .injectFault(FaultSpec(kind: .trafficSpike, target: "*", durationSeconds: 300, magnitude: 3)),
        .healAll,
        .heal(kind: .cpuStress, target: "web"),
        .setDesiredCapacity(group: "web", desired: 6),
        .adjustDesiredCapacity(group: "web", delta: -1),
        .setInstanceType(target: "web", instanceType: "m5.xlarge"),
        .setInstanceType(target: "i-0003", instanceType: "c5.large"),
        .setForwardWeights(
            loadBalancer: "web-alb", rule: nil,
            weights: [WeightedTargetGroup(targetGroup: "web-tg", weight: 7)]),
        .setTrafficMultiplier(source: "users", factor: 1.25),
        .caption("Say \"hi\" \\ then\ttab\nand a new line", seconds: 7.5),
    ]

    static func webApp() throws -> (yaml: String, architecture: Architecture) {
        let builtIn = try #require(BuiltInScenarios.named("web-app"))
        return (builtIn.yaml, try builtIn.architecture())
    }

    @Test func everyCommandKindReadsBackEqual() throws {
        let (yaml, architecture) = try Self.webApp()
        let commands = Self.everyKind.enumerated().map {
            RecordedCommand(tick: 10 * ($0.offset + 1), command: $0.element)
        }
        let recording = Recording(
            recordedFrom: "web-app", scenarioYAML: yaml, seed: UInt64.max, tickSeconds: 0.1, endTick: 5000,
            commands: commands)
        let loaded = try RecordingLoader.parse(text: recording.text, file: "run.cloudtop")
        #expect(loaded.recording == recording)
        #expect(loaded.architecture == architecture)
    }

    @Test(arguments: BuiltInScenarios.all.map(\.name))
    func everyBuiltInScenarioSurvivesEmbedding(_ name: String) throws {
        let builtIn = try #require(BuiltInScenarios.named(name))
        let recording = Recording(
            recordedFrom: name, scenarioYAML: builtIn.yaml, seed: 7,
            tickSeconds: try builtIn.architecture().settings.tickSeconds)
        let loaded = try RecordingLoader.parse(text: recording.text, file: "x.cloudtop")
        #expect(loaded.architecture == (try builtIn.architecture()))
        #expect(
            loaded.recording.scenarioYAML.trimmingCharacters(in: .newlines)
                == builtIn.yaml.trimmingCharacters(in: .newlines))
    }

    @Test func awkwardScenarioTextSurvivesEmbedding() throws {
        // Leading blank lines, CRLF line ends, an indented first line, trailing spaces.
        let yaml =
            "\r\n\r\n  # comment with trailing spaces   \r\nname: tiny\r\nregions:\r\n  - {name: us-east-1, availabilityZones: [us-east-1a]}\r\n\r\n"
        let architecture = try ScenarioLoader.parse(yaml: yaml, file: "tiny.yaml")
        let recording = Recording(recordedFrom: "tiny.yaml", scenarioYAML: yaml, seed: 1, tickSeconds: 0.1)
        let loaded = try RecordingLoader.parse(text: recording.text, file: "tiny.cloudtop")
        #expect(loaded.architecture == architecture)
    }

    @Test func theTextIsReadable() throws {
        let (yaml, _) = try Self.webApp()
        let recording = Recording(
            recordedFrom: "web-app", scenarioYAML: yaml, seed: 42, tickSeconds: 0.1, endTick: 12_000,
            commands: [
                RecordedCommand(tick: 1234, command: .adjustDesiredCapacity(group: "web", delta: 1)),
                RecordedCommand(
                    tick: 9001, command: .injectFault(FaultSpec(kind: .terminateInstance, target: "i-0003"))),
            ])
        let lines = recording.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            Array(lines[3..<13]) == [
                "cloudtopRecording: 1",
                "recordedFrom: \"web-app\"",
                "seed: 42",
                "tickSeconds: 0.1",
                "endTick: 12000  # 00:20:00.0",
                "commands:",
                "  - {tick: 1234, adjustDesiredCapacity: {group: \"web\", delta: 1}}  # 00:02:03.4",
                "  - {tick: 9001, fault: {kind: \"ec2:terminate-instance\", target: \"i-0003\"}}  # 00:15:00.1",
                "scenario: |2",
                "  # web-app: the classic front end of a web application.",
            ])
    }

    @Test func aReplayIsTheRecordedRunByteForByte() throws {
        let (yaml, architecture) = try Self.webApp()
        let given: [(Int, Command)] = [
            (1200, .adjustDesiredCapacity(group: "web", delta: 2)),
            (2500, .injectFault(FaultSpec(kind: .terminateInstance, target: "i-0002"))),
            (4000, .injectFault(FaultSpec(kind: .azOutage, target: "us-east-1a", durationSeconds: 300))),
            (4000, .setInstanceType(target: "web", instanceType: "m5.xlarge")),
            (7000, .healAll),
        ]
        // The session: commands submitted as a person would, just before their tick.
        var live = Simulation(architecture: architecture, seed: 9)
        while live.tick < 9_100 {
            for (tick, command) in given where tick == live.tick + 1 { live.submit(command) }
            live.step()
        }
        let submitted = live.commandLog.filter { $0.origin == .submitted }
        #expect(submitted.count == given.count)
        #expect(live.commandLog.count > submitted.count, "the timeline's commands are in the log too")
        let recording = Recording(
            recordedFrom: "web-app", scenarioYAML: yaml, seed: live.seed, tickSeconds: live.tickSeconds,
            endTick: live.tick,
            commands: submitted.map { RecordedCommand(tick: $0.tick, command: $0.command) })
        let loaded = try RecordingLoader.parse(text: recording.text, file: "run.cloudtop")

        func headless(_ sim: inout Simulation) -> [String] {
            var lines: [String] = []
            HeadlessRun.run(&sim, duration: loaded.recording.endTime, every: 30, format: .jsonl, events: true)
            {
                lines.append($0)
            }
            return lines
        }
        var reference = Simulation(architecture: architecture, seed: 9)
        for (tick, command) in given { reference.schedule(command, atTick: tick) }
        var replay = loaded.simulation()
        let (expected, actual) = (headless(&reference), headless(&replay))
        #expect(actual.count == expected.count)
        #expect(actual == expected)
        #expect(replay.commandLog.map(\.tick) == live.commandLog.map(\.tick))
        #expect(replay.commandLog.map(\.command) == live.commandLog.map(\.command))
        #expect(replay.snapshot(eventCount: 0).overview == live.snapshot(eventCount: 0).overview)
    }
}
