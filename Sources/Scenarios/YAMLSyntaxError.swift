import Yams

/// A libyaml error turned into a position and one plain sentence.
struct YAMLSyntaxError {
    /// 1-based line.
    var line: Int
    /// 1-based column.
    var column: Int
    /// What is wrong.
    var message: String

    /// Positions and words the error; `yaml` is the text that was parsed.
    init(_ error: YamlError, yaml: String) {
        (line, column, message) = (1, 1, "YAML error: \(error)")
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            (line, column) = (max(mark.line, 1), max(mark.column, 1))
            message = "YAML syntax error: \(problem)" + Self.describe(context, at: mark)
            if problem.contains("another document") {
                message = "the file holds more than one YAML document; a scenario is one document, so remove this '---'"
            }
            if Self.character(in: yaml, line: line, column: column) == "\t" {
                message += "; indent with spaces, not tabs"
            }
        case .reader(let problem, let offset, _, _):
            if let offset { (line, column) = Self.position(ofCharacter: offset, in: yaml) }
            message = "the text cannot be read as YAML: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = (line: max(context.mark.line, 1), column: max(context.mark.column, 1))
            (line, column) = Self.repetition(of: key, after: first, in: yaml) ?? first
            message =
                "duplicate key \(ScalarText.quoted(key)) (the first is at line \(first.line)); "
                + "each key may appear only once in a mapping"
        default:
            break
        }
    }

    /// ` (while parsing a block mapping that starts at line 3, column 1)`, or nothing.
    private static func describe(_ context: YamlError.Context?, at mark: Mark) -> String {
        guard let context, !context.text.isEmpty else { return "" }
        if context.mark.line == mark.line, context.mark.column == mark.column { return " (\(context.text))" }
        return " (\(context.text) that starts at line \(context.mark.line), column \(context.mark.column))"
    }

    /// Where `key` is written again as a key after its first use (libyaml reports only the first).
    ///
    /// A textual search: the key followed by optional spaces and a colon, not inside a longer word,
    /// later on the same line (flow mappings) or at the same column further down (block mappings).
    static func repetition(
        of key: String, after first: (line: Int, column: Int), in text: String
    ) -> (line: Int, column: Int)? {
        let needle = Array(key.unicodeScalars)
        guard !needle.isEmpty else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for lineIndex in max(first.line - 1, 0)..<lines.count {
            let scalars = Array(lines[lineIndex].unicodeScalars)
            let isFirstLine = lineIndex == first.line - 1
            var index = max(isFirstLine ? first.column - 1 + needle.count : first.column - 1, 0)
            let last = isFirstLine ? scalars.count - needle.count : index
            while index <= last, index + needle.count <= scalars.count {
                if Array(scalars[index..<index + needle.count]) == needle,
                    isKeyBoundary(scalars, before: index),
                    isFollowedByColon(scalars, from: index + needle.count)
                {
                    return (lineIndex + 1, index + 1)
                }
                index += 1
            }
        }
        return nil
    }

    private static func isKeyBoundary(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        index == 0 || [" ", "{", ",", "\t"].contains(scalars[index - 1])
    }

    private static func isFollowedByColon(_ scalars: [Unicode.Scalar], from index: Int) -> Bool {
        var cursor = index
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        return cursor < scalars.count && scalars[cursor] == ":"
    }

    /// 1-based line and column (in Unicode scalars) of the character at `offset`.
    static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var (line, column) = (1, 1)
        for character in text.prefix(max(offset, 0)) {
            if character == "\n" || character == "\r\n" {
                (line, column) = (line + 1, 1)
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }

    /// The Unicode scalar at a 1-based line and column, if there is one.
    static func character(in text: String, line: Int, column: Int) -> Unicode.Scalar? {
        let lines = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let scalars = Array(lines[line - 1].unicodeScalars)
        return column >= 1 && column <= scalars.count ? scalars[column - 1] : nil
    }
}
