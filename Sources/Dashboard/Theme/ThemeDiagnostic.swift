/// A problem found in a theme file, printed as `FILE:LINE:COLUMN: message`.
public struct ThemeDiagnostic: Sendable, Equatable, Hashable, CustomStringConvertible, Error {
    /// The file (or theme name) it concerns.
    public var file: String
    /// Line, from 1 (nil when the problem has no place, e.g. a missing file).
    public var line: Int?
    /// Column, from 1.
    public var column: Int?
    /// One plain-language sentence.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: message`, or `FILE: message` without a place.
    public var description: String {
        if let line, let column { return "\(file):\(line):\(column): \(message)" }
        return "\(file): \(message)"
    }
}
