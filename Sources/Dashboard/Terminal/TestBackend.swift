/// An in-memory terminal for tests and screen snapshots.
///
/// It keeps a grid of what was drawn, counts the cells each `draw` sent, and hands out
/// scripted keys from a queue. Nothing here knows about escape sequences.
public struct TestBackend: TerminalBackend, Sendable {
    /// What the terminal shows.
    public private(set) var grid: Buffer
    /// What colours this pretend terminal supports.
    public var colorSupport: ColorSupport
    /// Keys `readKey` will return, first one first.
    public var scriptedKeys: [Key]
    /// How many cells each call to `draw` sent, oldest first.
    public private(set) var drawCounts: [Int] = []
    /// How many times `clear` was called.
    public private(set) var clearCount = 0
    /// How many times `flush` was called.
    public private(set) var flushCount = 0

    /// Creates a blank terminal of the given size.
    public init(width: Int, height: Int, colorSupport: ColorSupport = .truecolor, keys: [Key] = []) {
        grid = Buffer(width: width, height: height)
        self.colorSupport = colorSupport
        scriptedKeys = keys
    }

    /// Current size in cells.
    public var size: (width: Int, height: Int) { (grid.width, grid.height) }

    /// Writes the cells into the grid (a wide character also claims the cell to its right).
    public mutating func draw(_ changes: [(x: Int, y: Int, cell: Cell)]) {
        drawCounts.append(changes.count)
        for change in changes {
            grid[change.x, change.y] = change.cell
            if change.cell.symbol.count == 1, let grapheme = change.cell.symbol.first,
                DisplayWidth.of(grapheme) == 2
            {
                grid[change.x + 1, change.y] = .continuation
            }
        }
    }

    /// Blanks the grid.
    public mutating func clear() {
        clearCount += 1
        grid.reset()
    }

    /// Counts the flush; the grid is always "visible".
    public mutating func flush() {
        flushCount += 1
    }

    /// The next scripted key, or nil when the queue is empty (the timeout is ignored).
    public mutating func readKey(timeoutMillis: Int) -> Key? {
        scriptedKeys.isEmpty ? nil : scriptedKeys.removeFirst()
    }

    /// Pretends the user resized the window: a blank grid of the new size and a queued `.resize` key.
    public mutating func resize(width: Int, height: Int) {
        grid = Buffer(width: width, height: height)
        scriptedKeys.append(.resize)
    }

    /// Total cells sent over all draws.
    public var totalCellsDrawn: Int { drawCounts.reduce(0, +) }

    /// The rows as text followed by the style appendix (see `Buffer.textSnapshot()`).
    public func textSnapshot() -> String { grid.textSnapshot() }
}
