import Foundation
import Testing

/// `cloudtop` without a usable terminal: a usage error (exit 2) pointing to `cloudtop run`.
@Suite struct NonInteractiveTests {
    private func binary() throws -> String {
        try #require(Command.cloudtopBinary, "no cloudtop binary under \(Command.packageRoot.path)/.build")
            .path
    }

    @Test func stdoutNotATerminalExitsTwoPointingToRun() throws {
        let result = try Command.run(try binary(), [], environment: ["TERM": "xterm-256color"])
        #expect(result.status == 2)
        #expect(result.error.contains("output is not a terminal"))
        #expect(result.error.contains("cloudtop run"))
        #expect(result.output.isEmpty)
        #expect(result.error.split(separator: "\n").count == 1, "one sentence: \(result.error)")
    }

    @Test func termDumbExitsTwoPointingToRun() throws {
        let result = try Command.run(try binary(), ["dash"], environment: ["TERM": "dumb"])
        #expect(result.status == 2)
        #expect(result.error.contains("TERM is 'dumb'"))
        #expect(result.error.contains("cloudtop run"))
    }

    @Test func termUnsetExitsTwo() throws {
        let result = try Command.run(try binary(), [], environment: ["TERM": nil])
        #expect(result.status == 2)
        #expect(result.error.contains("TERM is not set"))
    }

    @Test func aBadSpeedIsAUsageErrorBeforeTheTerminalIsTouched() throws {
        let result = try Command.run(try binary(), ["--speed", "warp"], environment: ["TERM": "xterm"])
        #expect(result.status == 2)
        #expect(result.error.contains("--speed"))
    }
}
