import Yams

/// The names declared for one kind of thing (zones, load balancers, ...), in file order.
///
/// Declaring a name twice is reported where the second one is written, pointing back at the
/// first. One table may hold several kinds (groups and stand-alone instances share one, since
/// commands and faults name either).
struct NameTable {
    private struct Entry {
        var noun: String
        var mark: Mark?
    }

    /// Every name declared, first declaration order.
    private(set) var names: [String] = []
    private var entries: [String: Entry] = [:]

    /// Whether `name` is declared.
    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// Declares `name` as a `noun`; reports a duplicate and returns false if it is taken.
    @discardableResult
    mutating func declare(_ name: Located, noun: String, log: DiagnosticLog) -> Bool {
        if let first = entries[name.value] {
            let line = first.mark.map { " at line \($0.line)" } ?? ""
            let message =
                first.noun == noun
                ? "duplicate \(noun) name '\(name.value)' (the first is\(line)); give each \(noun) a unique name"
                : "the name '\(name.value)' is already used by the \(first.noun)\(line); give each a unique name"
            log.report(message, at: name.mark)
            return false
        }
        entries[name.value] = Entry(noun: noun, mark: name.mark)
        names.append(name.value)
        return true
    }

    /// Reports `reference` unless it is declared here (or in `alsoAccepted`).
    ///
    /// The message names what was expected and offers the closest declared name, or lists them.
    @discardableResult
    func check(
        _ reference: Located, noun: String, plural: String, in place: String, log: DiagnosticLog,
        alsoAccepted: [String] = []
    ) -> Bool {
        if contains(reference.value) || alsoAccepted.contains(reference.value) { return true }
        let hint =
            names.isEmpty
            ? "; no \(noun) is declared"
            : Suggestion.hint(
                for: reference.value, among: names + alsoAccepted, noun: noun, plural: plural)
        log.report(
            "unknown \(noun) \(ScalarText.quoted(reference.value)) in \(place)\(hint)", at: reference.mark)
        return false
    }

    /// Names from both tables, for checks that accept either kind.
    static func + (left: NameTable, right: NameTable) -> NameTable {
        var merged = left
        for name in right.names where merged.entries[name] == nil {
            merged.entries[name] = right.entries[name]
            merged.names.append(name)
        }
        return merged
    }
}
