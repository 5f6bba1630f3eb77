import Foundation

/// Reading a scenario file from disk as UTF-8 text, with a diagnostic for each way it can fail.
enum ScenarioFile {
    /// The file's text, or one diagnostic at `path:1:1` (or at the first bad byte); files over
    /// `limit` bytes are refused, naming the kind of file (`noun`).
    static func read(
        _ path: String, limit: Int = ScenarioLoader.maximumFileBytes, noun: String = "a scenario"
    ) -> Result<String, ScenarioDiagnostic> {
        func failure(_ message: String, line: Int = 1, column: Int = 1) -> Result<String, ScenarioDiagnostic>
        {
            .failure(ScenarioDiagnostic(file: path, line: line, column: column, message: message))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failure("cannot read file: it does not exist")
        }
        if isDirectory.boolValue { return failure("cannot read file: it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            return failure("cannot read file: permission denied or read error")
        }
        guard data.count <= limit else {
            return failure("cannot read file: it is \(data.count) bytes; \(noun) may be at most \(limit) bytes")
        }
        if let text = String(data: data, encoding: .utf8) { return .success(text) }
        let (line, column) = firstInvalidByte(in: data)
        return failure("the file is not UTF-8 text; save it as UTF-8", line: line, column: column)
    }

    /// Line and column of the first byte that breaks UTF-8 decoding.
    private static func firstInvalidByte(in data: Data) -> (line: Int, column: Int) {
        var (line, column) = (1, 1)
        var decoder = UTF8()
        var bytes = data.makeIterator()
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                if scalar == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }
}
