import Yams

/// A string from the file together with where it was written, for later reference checks.
struct Located {
    /// The text.
    var value: String
    /// Where it was written.
    var mark: Mark?
}

/// One YAML mapping being decoded into a configuration value.
///
/// It is created with the keys its section allows and reports unknown keys at once, with a
/// "did you mean" when one is close. Typed accessors (in the `+Scalars` and `+Collections`
/// files) report wrong types, missing required keys and out-of-range values; each returns
/// nil after reporting, so callers simply skip what they cannot build.
struct ObjectReader {
    /// Where this mapping sits, e.g. `autoScalingGroups[0].policies[1]`; empty at the top.
    let path: String
    /// Where the mapping starts in the file.
    let mark: Mark?
    /// Where problems go.
    let log: DiagnosticLog
    /// The accepted keys in file order (for mappings used as data, like `clientRegions`).
    private(set) var orderedKeys: [Located] = []
    private var values: [String: Node] = [:]
    private var keyMarks: [String: Mark?] = [:]

    /// What the top-level mapping is called in messages ("the scenario", "the recording").
    let document: String

    /// Reads `node` as a mapping allowing `keys` (nil: any key); reports and returns nil if it is not one.
    /// `document` names the whole file in messages about the top level.
    init?(_ node: Node, path: String, log: DiagnosticLog, keys: [String]?, document: String = "the scenario") {
        guard case .mapping(let mapping) = node else {
            let subject = path.isEmpty ? document : path
            log.report("\(subject) must be a mapping of keys, got \(Self.describe(node))", at: node.mark)
            return nil
        }
        self.path = path
        self.document = document
        self.mark = mapping.mark
        self.log = log
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode, !ScalarText.isNull(key) else {
                log.report("keys must be plain names, got \(Self.describe(keyNode))", at: keyNode.mark)
                continue
            }
            if let keys, !keys.contains(key.string) {
                reportUnknownKey(key.string, at: key.mark, allowed: keys)
                continue
            }
            orderedKeys.append(Located(value: key.string, mark: key.mark))
            values[key.string] = value
            keyMarks[key.string] = key.mark
        }
    }

    /// How this mapping is named in messages: its path, or the document's name at the top.
    var subject: String { path.isEmpty ? document : path }

    /// Whether `key` is present (with any value, even null).
    func has(_ key: String) -> Bool { values[key] != nil }

    /// The keys present out of `candidates`, in the order given.
    func present(_ candidates: [String]) -> [String] { candidates.filter(has) }

    /// Where the key itself was written, falling back to the mapping.
    func keyMark(_ key: String) -> Mark? { (keyMarks[key] ?? nil) ?? mark }

    /// The value of `key`, reporting it missing when `required`.
    func node(_ key: String, required: Bool = false) -> Node? {
        if let value = values[key] { return value }
        if required { log.report("\(subject) is missing required key '\(key)'", at: mark) }
        return nil
    }

    /// The path of a child value, e.g. `traffic[0].pattern`.
    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Reports a problem about the value of `key` (at the value, or at the mapping if absent).
    func report(_ message: String, about key: String) {
        log.report(message, at: values[key]?.mark ?? mark)
    }

    /// Reports a problem about the whole mapping.
    func report(_ message: String) {
        log.report(message, at: mark)
    }

    /// `'ten'`, `a list`, `a mapping` or `nothing`: what was found instead of what was wanted.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): ScalarText.isNull(scalar) ? "nothing" : ScalarText.quoted(scalar.string)
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    private func reportUnknownKey(_ key: String, at keyMark: Mark?, allowed: [String]) {
        if key == "<<" {
            log.report("merge keys ('<<') are not supported; write the keys out in full", at: keyMark)
            return
        }
        let place = path.isEmpty ? "at the top level" : "in \(path)"
        let hint = Suggestion.hint(for: key, among: allowed, noun: "key", plural: "keys")
        log.report("unknown key \(ScalarText.quoted(key)) \(place)\(hint)", at: keyMark)
    }
}
