import CloudSim
import Foundation
import Scenarios
import Testing

/// Recording a dashboard session and playing it back, with the real binary.
extension DashboardInTmuxTests {
    private func temporaryFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory.path + "/cloudtop-e2e-\(UUID().uuidString.prefix(8))-\(name)"
    }

    @Test func aRecordedSessionReplaysHeadlessByteForByte() throws {
        let file = temporaryFile("run.cloudtop")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let session = try #require(launch(arguments: "dash web-app --record '\(file)' --speed x30"))
        session.waitFor("Events")
        session.send("2", "]")
        session.waitFor("desired capacity +1")
        session.send("f")
        let menu = try #require(session.waitFor("Inject a fault"))
        session.send(try #require(menuKey(in: menu, for: "ec2:terminate-instance web")))
        session.waitFor("inject ec2:terminate-instance on web")
        session.waitUntil("half a simulated minute") { (clock($0) ?? 0) >= 30 }
        session.send("q")
        expectExitedCleanly(session)
        finish(session)

        let loaded = try RecordingLoader.load(path: file)
        let recording = loaded.recording
        #expect(recording.recordedFrom == "web-app")
        #expect(recording.seed == 42)
        #expect(recording.commands.map(\.command).first == .adjustDesiredCapacity(group: "web", delta: 1))
        #expect(recording.commands.count == 2)
        #expect(recording.endTick >= recording.commands.last?.tick ?? .max)

        // The headless replay equals a run of the same scenario and seed with the same commands
        // scheduled at the recorded ticks, byte for byte.
        let binary = try #require(Command.cloudtopBinary).path
        let result = try Command.run(binary, ["run", "--replay", file, "--events", "--every", "5s"])
        #expect(result.status == 0, "\(result.error)")
        var reference = Simulation(architecture: try ScenarioSource.resolve("web-app"), seed: 42)
        for c in recording.commands { reference.schedule(c.command, atTick: c.tick) }
        var expected = ""
        HeadlessRun.run(&reference, duration: recording.endTime, every: 5, format: .jsonl, events: true) {
            expected += $0 + "\n"
        }
        #expect(result.output == expected)
        for c in recording.commands {
            #expect(result.output.contains("\"tick\":\(c.tick),\"severity\":\"command\""))
        }
    }

    @Test func replayPlaysTheRecordingAndShowsWhenItDiverges() throws {
        let file = temporaryFile("replay.cloudtop")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let builtIn = try #require(BuiltInScenarios.named("web-app"))
        let recording = Recording(
            recordedFrom: "web-app", scenarioYAML: builtIn.yaml, seed: 42, tickSeconds: 0.1, endTick: 36_000,
            commands: [
                RecordedCommand(
                    tick: 30, command: .injectFault(FaultSpec(kind: .terminateInstance, target: "web")))
            ])
        try recording.text.write(toFile: file, atomically: true, encoding: .utf8)
        let session = try #require(launch(arguments: "replay '\(file)' --speed x10"))
        session.waitFor("inject ec2:terminate-instance on web")
        session.waitUntil("the replay in the title bar") { title($0).contains("seed 42 · replay") }
        session.send("Space")
        session.waitUntil("paused") { $0.contains("paused") }
        session.send("x")
        session.waitUntil("the title to say the replay diverged") {
            title($0).contains("replay · diverged at")
        }
        session.send("q")
        expectExitedCleanly(session)
        finish(session)
    }

    @Test func aDamagedRecordingIsOneSentenceAndExitTwo() throws {
        let file = temporaryFile("damaged.cloudtop")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "cloudtopRecording: 7\nseed: 1\n".write(toFile: file, atomically: true, encoding: .utf8)
        let binary = try #require(Command.cloudtopBinary).path
        for arguments in [["replay", file], ["run", "--replay", file]] {
            let result = try Command.run(binary, arguments, environment: ["TERM": "xterm"])
            #expect(result.status == 2)
            #expect(
                result.error
                    == "cloudtop: \(file):1:20: this recording has format version 7, but this cloudtop "
                    + "reads version 1 only; replay it with a newer cloudtop\n")
            #expect(result.output.isEmpty)
        }
    }
}
