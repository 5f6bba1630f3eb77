import Foundation
import Testing

@testable import Scenarios

/// A damaged file under `Fixtures/` and the exact diagnostics loading it must produce, in order.
struct DiagnosticFixture: CustomTestStringConvertible, Sendable {
    /// What the file claims to be, and so which loader reads it.
    enum Kind: Sendable {
        /// A scenario under `Fixtures/broken`.
        case scenario
        /// A recording under `Fixtures/recordings`.
        case recording
    }

    var kind: Kind
    var file: String
    var expected: [String]

    /// A broken scenario file.
    static func scenario(_ file: String, _ expected: [String]) -> DiagnosticFixture {
        DiagnosticFixture(kind: .scenario, file: file, expected: expected)
    }

    /// A damaged recording.
    static func recording(_ file: String, _ expected: [String]) -> DiagnosticFixture {
        DiagnosticFixture(kind: .recording, file: file, expected: expected)
    }

    var testDescription: String { file }

    /// The diagnostics the loader reports for the fixture, labelled with its bare file name.
    func actual() throws -> [String] {
        let directory = kind == .scenario ? TestPaths.brokenFixtures : TestPaths.recordingFixtures
        let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        do {
            switch kind {
            case .scenario: _ = try ScenarioLoader.parse(yaml: text, file: file)
            case .recording: _ = try RecordingLoader.parse(text: text, file: file)
            }
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}
