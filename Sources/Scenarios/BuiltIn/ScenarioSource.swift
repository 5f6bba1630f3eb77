import CloudSim
import Foundation

/// Turns what the user typed (nothing, a built-in name or a file path) into an architecture.
public enum ScenarioSource {
    /// nil gives the default scenario; a built-in name gives it; anything else is read as a file.
    ///
    /// - Throws: `ScenarioError` with the file's diagnostics, or one bare diagnostic (line 0)
    ///   when the argument is neither a built-in name nor an existing file.
    public static func resolve(_ nameOrPath: String?) throws(ScenarioError) -> Architecture {
        try resolveWithText(nameOrPath).architecture
    }

    /// As `resolve(_:)`, with the YAML text the architecture was read from (a recording embeds it).
    public static func resolveWithText(
        _ nameOrPath: String?
    ) throws(ScenarioError) -> (architecture: Architecture, yaml: String) {
        let name = nameOrPath ?? BuiltInScenarios.defaultName
        if let builtIn = BuiltInScenarios.named(name) { return (try builtIn.architecture(), builtIn.yaml) }
        guard FileManager.default.fileExists(atPath: name) else {
            let names = BuiltInScenarios.all.map(\.name).joined(separator: ", ")
            let message = "'\(name)' is neither a built-in scenario (\(names)) nor a readable file"
            throw ScenarioError(diagnostics: [
                ScenarioDiagnostic(file: name, line: 0, column: 0, message: message)
            ])
        }
        switch ScenarioFile.read(name) {
        case .success(let text): return (try ScenarioLoader.parse(yaml: text, file: name), text)
        case .failure(let diagnostic): throw ScenarioError(diagnostics: [diagnostic])
        }
    }
}
