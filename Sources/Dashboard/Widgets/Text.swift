/// A line or paragraph of styled text, clipped to its area with "…" where it is cut.
///
/// Without wrapping, each line that is too wide ends in "…". With wrapping, lines break
/// at spaces (runs of spaces collapse to one; a word wider than the area is split), and if
/// the paragraph needs more rows than the area has, the last row ends in "…".
public struct Text: Widget, Sendable, Equatable {
    /// The lines, each a list of spans.
    public var lines: [[Span]]
    /// Whether long lines wrap onto the next row instead of being cut.
    public var wraps: Bool
    /// Placement of each row.
    public var alignment: Alignment

    /// Creates text from spans, one inner array per line.
    public init(lines: [[Span]], wraps: Bool = false, alignment: Alignment = .left) {
        self.lines = lines
        self.wraps = wraps
        self.alignment = alignment
    }

    /// Creates text from a string (split at newlines) in one style.
    public init(_ string: String, style: Style = .plain, wraps: Bool = false, alignment: Alignment = .left) {
        let split = string.split(separator: "\n", omittingEmptySubsequences: false)
        self.init(lines: split.map { [Span(String($0), style: style)] }, wraps: wraps, alignment: alignment)
    }

    /// Draws the rows that fit.
    public func render(in area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        var rows: [[Glyph]] = []
        for line in lines {
            let glyphs = Glyph.from(line)
            rows.append(contentsOf: wraps ? Glyph.wrap(glyphs, width: area.width) : [glyphs])
        }
        let overflows = rows.count > area.height
        for (index, row) in rows.prefix(area.height).enumerated() {
            let cutLast = wraps && overflows && index == area.height - 1
            let fitted = Glyph.fit(row, width: area.width, forceEllipsis: cutLast)
            let used = fitted.reduce(0) { $0 + $1.width }
            let spare = area.width - used
            var x = area.x
            switch alignment {
            case .left: break
            case .center: x += spare / 2
            case .right: x += spare
            }
            for glyph in fitted {
                x += buffer.write(
                    String(glyph.character), x: x, y: area.y + index, style: glyph.style,
                    maxWidth: area.maxX - x)
            }
        }
    }
}

/// One grapheme with its style, the unit Text lays out.
struct Glyph: Equatable {
    var character: Character
    var style: Style
    var width: Int { DisplayWidth.of(character) }

    static func from(_ spans: [Span]) -> [Glyph] {
        spans.flatMap { span in span.text.map { Glyph(character: $0, style: span.style) } }
    }

    /// Cuts `glyphs` to `width` columns, ending in "…" if cut (or if `forceEllipsis`).
    static func fit(_ glyphs: [Glyph], width: Int, forceEllipsis: Bool = false) -> [Glyph] {
        let total = glyphs.reduce(0) { $0 + $1.width }
        guard total > width || forceEllipsis else { return glyphs }
        var kept: [Glyph] = []
        var used = 0
        for glyph in glyphs {
            if used + glyph.width > width - 1 { break }
            kept.append(glyph)
            used += glyph.width
        }
        let style = kept.last?.style ?? glyphs.first?.style ?? .plain
        return kept + [Glyph(character: "…", style: style)]
    }

    /// Greedy word wrap to `width` columns.
    static func wrap(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
        guard width > 0 else { return [] }
        var words: [[Glyph]] = [[]]
        for glyph in glyphs {
            if glyph.character == " " {
                if !words[words.count - 1].isEmpty { words.append([]) }
            } else {
                words[words.count - 1].append(glyph)
            }
        }
        var rows: [[Glyph]] = [[]]
        for word in words where !word.isEmpty {
            var rest = word
            while !rest.isEmpty {
                let rowWidth = rows[rows.count - 1].reduce(0) { $0 + $1.width }
                let wordWidth = rest.reduce(0) { $0 + $1.width }
                let gap = rowWidth == 0 ? 0 : 1
                if rowWidth + gap + wordWidth <= width {
                    if gap == 1 { rows[rows.count - 1].append(Glyph(character: " ", style: rest[0].style)) }
                    rows[rows.count - 1].append(contentsOf: rest)
                    rest = []
                } else if rowWidth > 0 {
                    rows.append([])
                } else {
                    var chunk: [Glyph] = []
                    var used = 0
                    while let next = rest.first, used + next.width <= width {
                        chunk.append(next)
                        used += next.width
                        rest.removeFirst()
                    }
                    if chunk.isEmpty { rest.removeFirst() }  // a wide grapheme in a 1-column area
                    rows[rows.count - 1] = chunk
                    if !rest.isEmpty { rows.append([]) }
                }
            }
        }
        return rows
    }
}
