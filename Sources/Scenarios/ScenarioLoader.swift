import CloudSim
import Foundation
import Yams

/// Reads scenario files into `Architecture` values.
///
/// Every problem is reported with its file, line and column, all of them at once, in file
/// order; no input, however broken, makes the loader crash. The format is described in
/// `docs/scenario-format.md`.
public enum ScenarioLoader {
    /// Files larger than this are refused before parsing (a scenario is a few kilobytes).
    public static let maximumFileBytes = 4 << 20

    /// Parses YAML text; `file` is only used to label diagnostics.
    ///
    /// - Throws: `ScenarioError` listing every problem found, sorted by line and column.
    public static func parse(yaml: String, file: String) throws(ScenarioError) -> Architecture {
        let log = DiagnosticLog(file: file)
        guard let (architecture, _) = decode(yaml: yaml, log: log) else {
            throw ScenarioError(diagnostics: log.sorted())
        }
        return architecture
    }

    /// Decodes YAML text, reporting into `log` (which may hold
    /// other problems already); the decoder comes back too, holding the names the
    /// scenario declares (a recording checks its commands against them). Nil after reporting.
    static func decode(yaml: String, log: DiagnosticLog) -> (Architecture, ScenarioDecoder)? {
        // A byte-order mark would shift every column of line 1 by one.
        let text = yaml.hasPrefix("\u{FEFF}") ? String(yaml.dropFirst()) : yaml
        let reportedBefore = log.count
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let position = YAMLSyntaxError(error, yaml: text)
            log.report(position.message, line: position.line, column: position.column)
            return nil
        } catch {
            log.report("YAML error: \(error)", line: 1, column: 1)
            return nil
        }
        let decoder = ScenarioDecoder(log: log)
        let architecture = decoder.decode(root)
        guard let architecture, log.count == reportedBefore else {
            if log.count == reportedBefore { log.report("the scenario could not be read", line: 1, column: 1) }
            return nil
        }
        return (architecture, decoder)
    }

    /// Reads and parses the file at `path`.
    ///
    /// - Throws: `ScenarioError`; a missing, unreadable, oversized or non-UTF-8 file gives one
    ///   diagnostic at `path:1:1`.
    public static func load(path: String) throws(ScenarioError) -> Architecture {
        let text: String
        switch ScenarioFile.read(path) {
        case .success(let contents): text = contents
        case .failure(let diagnostic): throw ScenarioError(diagnostics: [diagnostic])
        }
        return try parse(yaml: text, file: path)
    }
}
