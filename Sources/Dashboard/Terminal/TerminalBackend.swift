/// How many colours a terminal can show; themes are reduced to this.
public enum ColorSupport: Int, Sendable, Equatable, Comparable, CaseIterable {
    /// No colour at all (NO_COLOR, --no-color, or a monochrome terminal).
    case monochrome
    /// 8 colours.
    case ansi8
    /// 16 colours.
    case ansi16
    /// The xterm 256-colour palette.
    case indexed256
    /// 24-bit colour.
    case truecolor

    /// Orders by capability.
    public static func < (lhs: ColorSupport, rhs: ColorSupport) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The small surface between the dashboard and a real (or test) terminal.
///
/// Only the main thread may call a backend that drives a real terminal.
public protocol TerminalBackend {
    /// Current size in cells.
    var size: (width: Int, height: Int) { get }
    /// What colours the terminal can show.
    var colorSupport: ColorSupport { get }
    /// Draws changed cells: each entry is a position and the new cell.
    mutating func draw(_ changes: [(x: Int, y: Int, cell: Cell)])
    /// Clears everything (after a resize); the next draw repaints in full.
    mutating func clear()
    /// Makes what was drawn visible.
    mutating func flush()
    /// Waits up to `timeoutMillis` for a key; nil if none arrived.
    mutating func readKey(timeoutMillis: Int) -> Key?
}
