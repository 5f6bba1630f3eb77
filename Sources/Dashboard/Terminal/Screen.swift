/// A double buffer: draw the next frame into `buffer`, then `present` sends only what changed.
///
/// After `present` the drawing buffer starts blank again, so every frame is drawn from
/// scratch (as in ratatui) and stale cells can never survive. After `resize` or
/// `invalidate` the backend is cleared first and every non-blank cell is sent.
public struct Screen: Sendable {
    /// The frame being drawn.
    public var buffer: Buffer
    /// What the terminal shows now, or nil when it must be repainted in full.
    private var shown: Buffer?

    /// Creates a screen of the given size that will repaint in full on its first present.
    public init(width: Int, height: Int) {
        buffer = Buffer(width: width, height: height)
        shown = nil
    }

    /// Columns.
    public var width: Int { buffer.width }
    /// Rows.
    public var height: Int { buffer.height }

    /// Changes the size; the drawing buffer becomes blank and the next present repaints in full.
    public mutating func resize(width: Int, height: Int) {
        buffer = Buffer(width: width, height: height)
        shown = nil
    }

    /// Forgets what the terminal shows, so the next present clears it and repaints in full.
    public mutating func invalidate() {
        shown = nil
    }

    /// Whether the next present clears the terminal and repaints every cell.
    public var needsFullRepaint: Bool { shown == nil }

    /// The cells of `buffer` that differ from what the terminal shows, row by row.
    ///
    /// Continuation cells (the right half of a wide character) are never sent: drawing the
    /// wide character covers them. When a full repaint is due the comparison is against a
    /// blank grid, because the backend is cleared first.
    public func diff() -> [(x: Int, y: Int, cell: Cell)] {
        let before = shown ?? Buffer(width: buffer.width, height: buffer.height)
        var changes: [(x: Int, y: Int, cell: Cell)] = []
        let width = buffer.width
        // Flat arrays, not the bounds-checked subscript: this runs over every cell each frame.
        let now = buffer.cells
        let old = before.cells
        for k in now.indices where now[k] != old[k] && !now[k].symbol.isEmpty {
            changes.append((x: k % width, y: k / width, cell: now[k]))
        }
        return changes
    }

    /// Sends the changes to `backend` (clearing it first when needed), flushes, and starts a blank frame.
    public mutating func present(to backend: inout some TerminalBackend) {
        if shown == nil { backend.clear() }
        let changes = diff()
        if !changes.isEmpty { backend.draw(changes) }
        backend.flush()
        // Swap instead of copying: the old frame's storage becomes the next drawing buffer.
        if shown == nil { shown = Buffer(width: buffer.width, height: buffer.height) }
        swap(&shown!, &buffer)
        buffer.reset()
    }
}
