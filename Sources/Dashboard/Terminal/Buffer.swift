/// A grid of cells that widgets and panels draw into; never touches a terminal.
///
/// Writes outside the grid are clipped silently, so a widget given a zero-size or 1x1
/// area can draw without checks of its own.
public struct Buffer: Sendable, Equatable {
    /// Columns.
    public private(set) var width: Int
    /// Rows.
    public private(set) var height: Int
    /// Cells, row-major.
    public private(set) var cells: [Cell]

    /// Creates a blank buffer.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a position (a blank cell outside the grid).
    public subscript(x: Int, y: Int) -> Cell {
        get { area.contains(column: x, row: y) ? cells[y * width + x] : .blank }
        set {
            guard area.contains(column: x, row: y) else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Blanks every cell.
    public mutating func reset() {
        for i in cells.indices { cells[i] = .blank }
    }

    /// Fills a rectangle (clipped) with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for row in r.y..<r.maxY {
            for column in r.x..<r.maxX { cells[row * width + column] = cell }
        }
    }

    /// Sets the style of every cell in a rectangle, keeping the symbols.
    public mutating func setStyle(_ rect: Rect, style: Style) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for row in r.y..<r.maxY {
            for column in r.x..<r.maxX { cells[row * width + column].style = style }
        }
    }

    /// Writes `text` from (`x`, `y`) using at most `maxWidth` columns; returns the columns used.
    ///
    /// Control characters become spaces; a wide grapheme that would not fit is dropped.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int = .max) -> Int {
        guard y >= 0, y < height, maxWidth > 0 else { return 0 }
        var column = x
        let limit = x + min(maxWidth, max(0, width - x) + max(0, -x))
        // Fast path for plain ASCII: one column per byte, interned one-character strings.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                if column + 1 > limit { break }
                self[column, y] = Cell(Self.ascii[Int(byte < 0x20 || byte == 0x7F ? 0x20 : byte)], style: style)
                column += 1
            }
            return column - x
        }
        for grapheme in text {
            let w = DisplayWidth.of(grapheme)
            if w == 0 { continue }
            if column + w > limit { break }
            let symbol = grapheme.isASCII && (grapheme.asciiValue ?? 32) < 32 ? " " : String(grapheme)
            self[column, y] = Cell(symbol, style: style)
            if w == 2 { self[column + 1, y] = Cell.continuation }
            column += w
        }
        return column - x
    }

    /// One-character strings for every ASCII byte, made once.
    private static let ascii: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// The text of each row, wide-character continuations skipped, trailing spaces kept.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width { line += cells[row * width + column].symbol }
            return line
        }
    }
}

/// Columns a grapheme occupies in a terminal (0, 1 or 2).
public enum DisplayWidth {
    /// Width of one grapheme.
    public static func of(_ grapheme: Character) -> Int {
        guard let scalar = grapheme.unicodeScalars.first else { return 0 }
        let v = scalar.value
        if v < 32 { return 1 }  // drawn as a space
        if v == 0x200B || (0x0300...0x036F).contains(v) { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    /// Width of a string.
    public static func of(_ text: String) -> Int { text.reduce(0) { $0 + of($1) } }
}
