import Foundation
import Testing

/// Whole-screen text snapshots stored in `Tests/DashboardTests/Fixtures/screens/*.txt`.
///
/// A file holds `Buffer.textSnapshot()`: the rows, then the style appendix. Set
/// `CLOUDTOP_RECORD_SNAPSHOTS=1` to (re)write the files; otherwise a missing or different file
/// fails the test with the first line that differs. The files live under `Fixtures`, which the
/// DashboardTests target excludes, so they are never treated as resources.
enum ScreenSnapshotFile {
    /// `Tests/DashboardTests/Fixtures/screens`, found from this source file.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // App
        .deletingLastPathComponent()  // DashboardTests
        .appendingPathComponent("Fixtures/screens", isDirectory: true)

    /// Whether this run records instead of comparing.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["CLOUDTOP_RECORD_SNAPSHOTS"] == "1" }

    /// Compares `actual` with the stored snapshot `name` (without `.txt`), or records it.
    static func expectMatch(
        _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = directory.appendingPathComponent(name + ".txt")
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data((actual + "\n").utf8).write(to: url, options: .atomic)
            } catch {
                Issue.record(
                    "could not record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path),
            let stored = String(data: data, encoding: .utf8)
        else {
            Issue.record(
                "snapshot \(url.path) is missing; run with CLOUDTOP_RECORD_SNAPSHOTS=1 to record it",
                sourceLocation: sourceLocation)
            return
        }
        let expected = stored.hasSuffix("\n") ? String(stored.dropLast()) : stored
        if let difference = firstDifference(expected: expected, actual: actual) {
            let message =
                "screen differs from \(name).txt \(difference)\n"
                + "(re-record with CLOUDTOP_RECORD_SNAPSHOTS=1 if the change is intended)"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// A readable description of the first differing line, or nil when the texts are equal.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for k in 0..<max(old.count, new.count) {
            let a = k < old.count ? String(old[k]) : "<no line>"
            let b = k < new.count ? String(new[k]) : "<no line>"
            if a != b {
                let column = zip(a, b).prefix { $0 == $1 }.count
                return "at line \(k + 1), column \(column + 1):\n  expected: \(a)\n  actual:   \(b)"
            }
        }
        return "(only in line endings)"
    }
}
