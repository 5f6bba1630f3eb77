/// Text snapshots of a buffer for tests: the rows, then one line per styled run.
extension Buffer {
    /// The rows as text (trailing spaces trimmed), then a style appendix, never escape sequences.
    ///
    /// The appendix has one line per run of equally styled cells whose style is not plain,
    /// for example `row 3 col 2-9: fg=ansi(2) bold`. Rows and columns count from 0.
    public func textSnapshot() -> String {
        var out = lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }
        let runs = styleRuns()
        if !runs.isEmpty {
            out.append("-- styles --")
            out.append(contentsOf: runs)
        }
        return out.joined(separator: "\n")
    }

    /// One description per run of equally styled, non-plain cells.
    private func styleRuns() -> [String] {
        var result: [String] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                let style = self[x, y].style
                var end = x
                while end + 1 < width && self[end + 1, y].style == style { end += 1 }
                if style != .plain {
                    let columns = end == x ? "col \(x)" : "col \(x)-\(end)"
                    result.append("row \(y) \(columns): \(style.snapshotDescription)")
                }
                x = end + 1
            }
        }
        return result
    }
}

extension Style {
    /// `fg=ansi(2) bg=#1e1e2e bold reverse`: only what differs from the terminal defaults.
    public var snapshotDescription: String {
        var parts: [String] = []
        if foreground != .default { parts.append("fg=\(foreground.snapshotDescription)") }
        if background != .default { parts.append("bg=\(background.snapshotDescription)") }
        let names: [(TextAttributes, String)] = [
            (.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"),
            (.reverse, "reverse"),
        ]
        for (attribute, name) in names where attributes.contains(attribute) { parts.append(name) }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}

extension Color {
    /// `default`, `ansi(2)`, `indexed(236)` or `#1e1e2e`.
    public var snapshotDescription: String {
        switch self {
        case .default: return "default"
        case .ansi(let n): return "ansi(\(n))"
        case .indexed(let n): return "indexed(\(n))"
        case .rgb(let r, let g, let b): return "#" + [r, g, b].map(Self.hexByte).joined()
        }
    }

    /// Two lower-case hex digits.
    static func hexByte(_ value: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}
