/// One problem found in a scenario file, with the place it was found.
///
/// Positions are 1-based, lines and columns as an editor shows them (columns count Unicode
/// scalars, as libyaml does). A diagnostic that belongs to no place in a file, such as a
/// scenario name that is neither built in nor a file, has line 0 and prints as the bare message.
public struct ScenarioDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the problem is in, as the user named it.
    public var file: String
    /// 1-based line, or 0 when the problem has no position.
    public var line: Int
    /// 1-based column, or 0 when the problem has no position.
    public var column: Int
    /// One plain sentence: what is wrong and, where obvious, the fix.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: message`, the form editors and compilers use.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(message)" : message
    }
}

/// Every problem found in a scenario, in file order.
///
/// `ScenarioLoader` throws this instead of stopping at the first problem, so a student can
/// fix a whole file in one pass.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, sorted by line and column.
    public var diagnostics: [ScenarioDiagnostic]

    /// Creates an error from its diagnostics.
    public init(diagnostics: [ScenarioDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
