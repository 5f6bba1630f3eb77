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
            if Self.character(in: yaml, line: line, column: column) == "\t" {
                message += "; indent with spaces, not tabs"
            }
        case .reader(let problem, let offset, _, _):
            if let offset { (line, column) = Self.position(ofCharacter: offset, in: yaml) }
            message = "the text cannot be read as YAML: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, let context):
            (line, column) = (max(context.mark.line, 1), max(context.mark.column, 1))
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            message = "duplicate key \(names) in one mapping; each key may appear only once"
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
