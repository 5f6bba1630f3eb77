import Yams

/// Collects the diagnostics of one file while it is decoded.
///
/// Decoding goes on after a problem so every problem is reported; the log stops growing at
/// `limit` entries so hostile input (thousands of aliased nodes) cannot exhaust memory.
/// Used by one decoding pass on one thread; never shared.
final class DiagnosticLog {
    /// Entries kept at most; decoders stop iterating lists once the log is saturated.
    static let limit = 500
    /// Entries shown at most, the rest summarised in one line.
    static let shown = 100

    /// The file name put in every diagnostic.
    let file: String
    /// Added to every reported line and column: a scenario embedded in a recording is decoded
    /// on its own, and its positions are moved to where its text sits in the recording.
    var lineOffset = 0
    var columnOffset = 0
    private var entries: [ScenarioDiagnostic] = []

    /// Creates an empty log for `file`.
    init(file: String) {
        self.file = file
    }

    /// Entries reported so far.
    var count: Int { entries.count }
    /// Whether nothing has been reported.
    var isEmpty: Bool { entries.isEmpty }
    /// Whether the log holds `limit` entries and ignores further reports.
    var isSaturated: Bool { entries.count >= Self.limit }

    /// Records `message` at `mark` (1:1 when the node has no position).
    func report(_ message: String, at mark: Mark?) {
        report(message, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Records `message` at an explicit position.
    func report(_ message: String, line: Int, column: Int) {
        guard !isSaturated else { return }
        entries.append(
            ScenarioDiagnostic(file: file, line: line + lineOffset, column: column + columnOffset, message: message))
    }

    /// The diagnostics in file order, duplicates (from aliased nodes) removed, capped at `shown`.
    func sorted() -> [ScenarioDiagnostic] {
        var seen = Set<String>()
        let unique = entries.filter { seen.insert($0.description).inserted }
        let ordered = unique.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if a.line != b.line { return a.line < b.line }
            if a.column != b.column { return a.column < b.column }
            return left.offset < right.offset
        }.map(\.element)
        guard ordered.count > Self.shown, let last = ordered.prefix(Self.shown).last else { return ordered }
        let note = ScenarioDiagnostic(
            file: file, line: last.line, column: last.column,
            message: "too many problems; stopping after the first \(Self.shown)")
        return Array(ordered.prefix(Self.shown)) + [note]
    }
}
