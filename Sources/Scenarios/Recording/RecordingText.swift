import CloudSim

extension Recording {
    /// The recording as the text of a `.cloudtop` file (see `docs/recording-format.md`).
    ///
    /// A YAML document: the header keys, one flow mapping per command, and the scenario last as
    /// a literal block indented by two spaces, so its lines read as in the original file.
    public var text: String {
        var lines = [
            "# A cloudtop recording: a scenario, its seed and the commands given in the dashboard,",
            "# each with the tick at whose start it applied. Replay it with 'cloudtop replay FILE' or",
            "# 'cloudtop run --replay FILE'. Format: docs/recording-format.md",
            "cloudtopRecording: \(Self.formatVersion)",
            "recordedFrom: \(CommandText.quoted(recordedFrom))",
            "seed: \(seed)",
            "tickSeconds: \(CommandText.number(tickSeconds))",
            "endTick: \(endTick)  # \(Self.clock(endTime))",
        ]
        if commands.isEmpty {
            lines.append("commands: []")
        } else {
            lines.append("commands:")
            for c in commands {
                let time = Double(c.tick) * tickSeconds
                lines.append("  - {tick: \(c.tick), \(CommandText.action(c.command))}  # \(Self.clock(time))")
            }
        }
        lines.append("scenario: |2")
        let text = scenarioYAML.hasPrefix("\u{FEFF}") ? String(scenarioYAML.dropFirst()) : scenarioYAML
        var body = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        while body.last?.isEmpty == true { body.removeLast() }
        for line in body { lines.append(line.isEmpty ? "" : "  " + line) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `00:15:00.1`: hours, minutes, seconds and tenths of simulated time, for the comments.
    static func clock(_ seconds: Double) -> String {
        let tenths = max(0, Int((seconds * 10).rounded()))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(tenths / 36_000)):\(two(tenths / 600 % 60)):\(two(tenths / 10 % 60)).\(tenths % 10)"
    }
}
