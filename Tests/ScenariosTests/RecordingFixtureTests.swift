import Foundation
import Testing

@testable import Scenarios

extension DiagnosticFixture {
    /// Damaged, foreign and future recordings and their diagnostics.
    static let damagedRecordings: [DiagnosticFixture] = [
        .recording(
            "bad-commands.cloudtop",
            [
                "bad-commands.cloudtop:10:48: unknown auto scaling group 'wbe' in commands[0].adjustDesiredCapacity; valid auto scaling groups are web",
                "bad-commands.cloudtop:11:66: unknown auto scaling group or instance 'x-0003' in commands[1].fault; valid targets are web",
                "bad-commands.cloudtop:12:12: commands must be in tick order, but tick 900 comes after tick 1200; move this command up",
                "bad-commands.cloudtop:13:5: commands[3] needs one action: fault, heal, healAll, setDesiredCapacity, adjustDesiredCapacity, setInstanceType, setForwardWeights, trafficMultiplier, setRecordWeight, failHealthCheck, passHealthCheck, caption, deploy",
                "bad-commands.cloudtop:13:18: unknown key 'scaleOut' in commands[3]; valid keys are tick, seconds, fault, heal, healAll, setDesiredCapacity, adjustDesiredCapacity, setInstanceType, setForwardWeights, trafficMultiplier, ...",
                "bad-commands.cloudtop:14:5: commands[4] is missing required key 'tick'",
                "bad-commands.cloudtop:15:12: 'tick' must be greater than 0, got 0",
            ]),
        .recording(
            "bad-seed.cloudtop",
            [
                "bad-seed.cloudtop:2:7: 'seed' must be a whole number from 0 to 18446744073709551615, got '-1'",
                "bad-seed.cloudtop:4:11: 'scenario' must be the scenario's YAML as a literal block: 'scenario: |2', then the text indented by two spaces",
            ]),
        .recording(
            "bad-version.cloudtop",
            [
                "bad-version.cloudtop:1:20: 'cloudtopRecording' must be the format version, a whole number such as 1, got 'one'; put back the version the file was written with"
            ]),
        .recording(
            "broken-scenario.cloudtop",
            [
                "broken-scenario.cloudtop:26:7: unknown key 'desiredCapacty' in autoScalingGroups[0]; did you mean 'desiredCapacity'?",
                "broken-scenario.cloudtop:30:67: 'rps' must be a number, got 'fifty'",
            ]),
        .recording(
            "empty.cloudtop",
            [
                "empty.cloudtop:1:1: the recording is empty; record one with 'cloudtop dash --record FILE'"
            ]),
        .recording(
            "future-version.cloudtop",
            [
                "future-version.cloudtop:4:20: this recording has format version 2, but this cloudtop reads version 1 only; replay it with a newer cloudtop"
            ]),
        .recording(
            "header-values.cloudtop",
            [
                "header-values.cloudtop:4:1: the recording is missing required key 'seed'",
                "header-values.cloudtop:6:1: unknown key 'sead' at the top level; did you mean 'seed'?",
                "header-values.cloudtop:7:14: 'tickSeconds' is 0.05 but the scenario's settings say 0.1; make them equal",
                "header-values.cloudtop:8:10: 'endTick' must not be negative, got -3",
            ]),
        .recording(
            "not-a-recording.cloudtop",
            [
                "not-a-recording.cloudtop:1:1: this is a scenario, not a recording; run it with 'cloudtop dash FILE' or 'cloudtop run FILE'"
            ]),
        .recording(
            "scenario-yaml-error.cloudtop",
            [
                "scenario-yaml-error.cloudtop:8:3: YAML syntax error: did not find expected node content (while parsing a flow node)"
            ]),
        .recording(
            "truncated.cloudtop",
            [
                "truncated.cloudtop:12:1: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar that starts at line 11, column 32); the recording is damaged: mend this line or record the session again"
            ]),
    ]
}

/// Damaged, foreign and future recordings give their exact diagnostics, never a crash.
@Suite struct RecordingFixtureTests {
    @Test(arguments: DiagnosticFixture.damagedRecordings)
    func reportsExactlyTheExpectedDiagnostics(_ fixture: DiagnosticFixture) throws {
        #expect(try fixture.actual() == fixture.expected)
    }

    @Test func everyFixtureFileHasExpectations() {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.recordingFixtures.path)) ?? []
        let files = names.filter { $0.hasSuffix(".cloudtop") && $0 != "good.cloudtop" }.sorted()
        #expect(files == DiagnosticFixture.damagedRecordings.map(\.file).sorted())
    }

    @Test func theGoodFixtureLoads() throws {
        let path = TestPaths.recordingFixtures.appendingPathComponent("good.cloudtop").path
        let loaded = try RecordingLoader.load(path: path)
        #expect(loaded.recording.commands.map(\.tick) == [600, 1200, 1800, 2400])
        #expect(loaded.recording.endTick == 3000)
        #expect(loaded.recording.seed == 42)
        #expect(loaded.architecture.name == "tiny")
        var sim = loaded.simulation()
        sim.step(3000)
        #expect(sim.commandLog.map(\.origin) == Array(repeating: .scheduled, count: 4))
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test func aMissingFileIsOneDiagnostic() throws {
        let error = try #require(throws: ScenarioError.self) {
            try RecordingLoader.load(path: "/nonexistent/run.cloudtop")
        }
        #expect(error.description == "/nonexistent/run.cloudtop:1:1: cannot read file: it does not exist")
    }

    @Test func cutOrScrambledRecordingsNeverCrashTheLoader() throws {
        let url = TestPaths.recordingFixtures.appendingPathComponent("good.cloudtop")
        let text = Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let junk: [Unicode.Scalar] = [
            ":", "{", "}", "[", "-", " ", "\n", "\"", "|", "#", "9", "x", "\t", "&", "*",
        ]
        var variants: [String] = stride(from: 0, to: text.count, by: 23).map {
            String(String.UnicodeScalarView(text[..<$0]))
        }
        for _ in 0..<300 {
            var scrambled = text
            for _ in 0..<(1 + next(4)) { scrambled[next(scrambled.count)] = junk[next(junk.count)] }
            variants.append(String(String.UnicodeScalarView(scrambled)))
        }
        for variant in variants {
            do {
                _ = try RecordingLoader.parse(text: variant, file: "f.cloudtop")
            } catch {
                #expect(!error.diagnostics.isEmpty)
                #expect(
                    error.diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 && !$0.message.isEmpty })
            }
        }
    }
}
