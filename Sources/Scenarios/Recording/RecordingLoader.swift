import CloudSim
import Yams

/// Reads `.cloudtop` recordings back, with `FILE:LINE:COLUMN` diagnostics like scenarios.
///
/// A file from a newer cloudtop (a higher `cloudtopRecording` version) is refused in one
/// sentence before anything else is read. Problems in the embedded scenario are reported at
/// their place in the recording; commands are checked against the names the scenario declares
/// (and may name instances launched at run time). No input makes the loader crash.
public enum RecordingLoader {
    /// Files larger than this are refused before parsing.
    public static let maximumFileBytes = 16 << 20
    static let keys = [
        "cloudtopRecording", "recordedFrom", "seed", "tickSeconds", "endTick", "commands", "scenario",
    ]
    static let commandKeys = ["tick"] + ScenarioDecoder.timelineKeys.filter { $0 != "at" }

    /// Reads and parses the recording at `path`.
    ///
    /// - Throws: `ScenarioError`; a missing, unreadable, oversized or non-UTF-8 file gives one
    ///   diagnostic at `path:1:1`.
    public static func load(path: String) throws(ScenarioError) -> LoadedRecording {
        switch ScenarioFile.read(path, limit: maximumFileBytes, noun: "a recording") {
        case .success(let text): return try parse(text: text, file: path)
        case .failure(let diagnostic): throw ScenarioError(diagnostics: [diagnostic])
        }
    }

    /// Parses recording text; `file` labels the diagnostics.
    ///
    /// - Throws: `ScenarioError` listing every problem found, sorted by line and column.
    public static func parse(text: String, file: String) throws(ScenarioError) -> LoadedRecording {
        let log = DiagnosticLog(file: file)
        let loaded = decode(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, log: log)
        guard let loaded, log.isEmpty else {
            if log.isEmpty { log.report("the recording could not be read", line: 1, column: 1) }
            throw ScenarioError(diagnostics: log.sorted())
        }
        return loaded
    }

    private static func decode(_ text: String, log: DiagnosticLog) -> LoadedRecording? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let position = YAMLSyntaxError(error, yaml: text)
            log.report(
                position.message + "; the recording is damaged: mend this line or record the session again",
                line: position.line, column: position.column)
            return nil
        } catch {
            log.report("YAML error: \(error)", line: 1, column: 1)
            return nil
        }
        guard let root else {
            log.report(
                "the recording is empty; record one with 'cloudtop dash --record FILE'", line: 1, column: 1)
            return nil
        }
        guard checkVersion(root, log: log),
            let top = ObjectReader(root, path: "", log: log, keys: keys, document: "the recording")
        else { return nil }
        let recordedFrom = top.string("recordedFrom") ?? ""
        let seed = decodeSeed(top)
        let tickSeconds = top.number("tickSeconds", required: true, bound: .positive)
        let endTick = top.whole("endTick")
        guard let (architecture, decoder, yaml) = decodeScenario(top, text: text, log: log) else {
            return nil
        }
        if let tickSeconds, tickSeconds != architecture.settings.tickSeconds {
            top.report(
                "'tickSeconds' is \(CommandText.number(tickSeconds)) but the scenario's settings say "
                    + "\(CommandText.number(architecture.settings.tickSeconds)); make them equal",
                about: "tickSeconds")
        }
        decoder.acceptsLaunchedInstances = true
        let commands = decodeCommands(top, decoder: decoder)
        let lastTick = commands.last?.tick ?? 0
        if let endTick, endTick < lastTick {
            top.report(
                "'endTick' (\(endTick)) is before the last command's tick (\(lastTick)); set it to at least \(lastTick)",
                about: "endTick")
        }
        guard let seed, let tickSeconds else { return nil }
        let recording = Recording(
            recordedFrom: recordedFrom, scenarioYAML: yaml, seed: seed, tickSeconds: tickSeconds,
            endTick: endTick ?? lastTick, commands: commands)
        return LoadedRecording(recording: recording, architecture: architecture)
    }

    /// Whether `root` is a recording of a format version this cloudtop reads; reports why not.
    private static func checkVersion(_ root: Node, log: DiagnosticLog) -> Bool {
        let mapping: Node.Mapping? = if case .mapping(let m) = root { m } else { nil }
        let version = mapping?.first { key, _ in key.scalar?.string == "cloudtopRecording" }?.value
        guard let version else {
            let isScenario =
                mapping?.contains { key, _ in ["regions", "name"].contains(key.scalar?.string ?? "") }
                ?? false
            log.report(
                isScenario
                    ? "this is a scenario, not a recording; run it with 'cloudtop dash FILE' or 'cloudtop run FILE'"
                    : "this is not a cloudtop recording (it has no 'cloudtopRecording' key); "
                        + "record one with 'cloudtop dash --record FILE'",
                at: root.mark)
            return false
        }
        let current = Recording.formatVersion
        guard let text = version.scalar?.string, let number = Int(text), number >= 1 else {
            let got = ObjectReader.describe(version)
            log.report(
                "'cloudtopRecording' must be the format version, a whole number such as \(current), got \(got); "
                    + "put back the version the file was written with",
                at: version.mark)
            return false
        }
        guard number <= current else {
            log.report(
                "this recording has format version \(number), but this cloudtop reads version \(current) only; "
                    + "replay it with a newer cloudtop",
                at: version.mark)
            return false
        }
        return true
    }

    private static func decodeSeed(_ top: ObjectReader) -> UInt64? {
        guard let (text, mark) = top.scalar("seed", required: true, expected: "a whole number") else {
            return nil
        }
        guard let seed = UInt64(text) else {
            top.log.report(
                "'seed' must be a whole number from 0 to \(UInt64.max), got \(ScalarText.quoted(text))",
                at: mark)
            return nil
        }
        return seed
    }

    /// The embedded scenario, decoded with its positions moved to where its lines sit in the file.
    private static func decodeScenario(
        _ top: ObjectReader, text: String, log: DiagnosticLog
    ) -> (Architecture, ScenarioDecoder, String)? {
        guard let node = top.node("scenario", required: true) else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .literal, let mark = scalar.mark else {
            log.report(
                "'scenario' must be the scenario's YAML as a literal block: 'scenario: |2', "
                    + "then the text indented by two spaces",
                at: node.mark)
            return nil
        }
        log.lineOffset = mark.line
        log.columnOffset = indentation(ofBlockAt: mark, in: text)
        defer { (log.lineOffset, log.columnOffset) = (0, 0) }
        guard let (architecture, decoder) = ScenarioLoader.decode(yaml: scalar.string, log: log) else {
            return nil
        }
        return (architecture, decoder, scalar.string)
    }

    /// Spaces before the content of the literal block whose `|` is at `mark`: the indentation
    /// indicator if the header has one, else the first non-blank line's.
    static func indentation(ofBlockAt mark: Mark, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return 0 }
        let header = lines[mark.line - 1].unicodeScalars.dropFirst(max(0, mark.column - 1))
        if let digit = header.prefix(3).first(where: { ("1"..."9").contains($0) }) {
            return Int(digit.value - 48)
        }
        for line in lines.dropFirst(mark.line) where !line.allSatisfy({ $0 == " " || $0 == "\r" }) {
            return line.prefix { $0 == " " }.count
        }
        return 0
    }

    private static func decodeCommands(_ top: ObjectReader, decoder: ScenarioDecoder) -> [RecordedCommand] {
        var commands: [RecordedCommand] = []
        for entry in top.objects("commands", keys: commandKeys) {
            let tick = entry.whole("tick", required: true, bound: .positive)
            let command = decoder.decodeTimelineAction(in: entry)
            guard let tick else { continue }
            if let previous = commands.last?.tick, tick < previous {
                entry.report(
                    "commands must be in tick order, but tick \(tick) comes after tick \(previous); "
                        + "move this command up",
                    about: "tick")
            }
            if let command { commands.append(RecordedCommand(tick: tick, command: command)) }
        }
        return commands
    }
}
