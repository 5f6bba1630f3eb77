import CNCurses
import Dashboard
import Foundation

/// The real terminal, driven by ncursesw: the only `TerminalBackend` that touches a terminal.
///
/// Call it only from the main thread (curses is not thread-safe); it is not `Sendable`, so
/// the compiler keeps it where it was made. Only one may be alive at a time. `restore()`
/// gives the terminal back and is safe to call more than once; `deinit` calls it too, and
/// `TerminalGuard` covers exit and crashes.
public final class CursesTerminal: TerminalBackend {
    /// What colours are used (after `NO_COLOR`, `--no-color` and the terminal's abilities).
    public let colorSupport: ColorSupport
    private var colors: CursesColors
    private let window: UnsafeMutablePointer<WINDOW>

    /// Starts curses: locale, raw keys, no echo, keypad, hidden cursor, colours.
    ///
    /// - Throws: `TerminalError.cannotStart` when the terminal cannot be initialised.
    public init(
        colorMode: ColorMode = .automatic, environment: [String: String] = ProcessInfo.processInfo.environment
    )
        throws
    {
        setlocale(LC_ALL, "")
        var modes = termios()
        _ = tcgetattr(STDIN_FILENO, &modes)
        guard cn_newterm() != nil, let window = cn_stdscr() else {
            throw TerminalError.cannotStart("cannot initialise the terminal '\(environment["TERM"] ?? "")'")
        }
        self.window = window
        TerminalGuard.arm(savedModes: modes)  // before the flag, so a crash finds the reset bytes ready
        cursesIsActive.store(true, ordering: .sequentiallyConsistent)
        _ = raw()
        _ = noecho()
        _ = keypad(window, true)
        _ = curs_set(0)
        _ = set_escdelay(25)
        var defaults = false
        var count: Int32 = 0
        if has_colors() && colorMode != .disabled {
            _ = start_color()
            defaults = use_default_colors() == OK
            count = cn_colors()
        }
        var support = ColorSupport.detect(
            colorCount: Int(count), environment: environment, noColorFlag: colorMode == .disabled,
            canRedefineColors: can_change_color() && !Self.isMultiplexed(environment))
        if case .limited(let cap) = colorMode { support = min(support, cap) }
        colorSupport = support
        colors = CursesColors(
            support: support, colorCount: count, pairCount: cn_color_pairs(), hasDefaultColors: defaults)
    }

    deinit { restore() }

    /// Inside tmux or screen, redefining palette entries is not passed through to the real
    /// terminal even when TERM claims it is, so 24-bit colour must not rely on it there.
    static func isMultiplexed(_ environment: [String: String]) -> Bool {
        let term = environment["TERM"] ?? ""
        return environment["TMUX"] != nil || environment["STY"] != nil || term.hasPrefix("screen")
            || term.hasPrefix("tmux")
    }

    /// Current size in cells.
    public var size: (width: Int, height: Int) {
        var rows: Int32 = 0
        var columns: Int32 = 0
        cn_getmaxyx(window, &rows, &columns)
        return (Int(max(0, columns)), Int(max(0, rows)))
    }

    /// Writes each changed cell with `setcchar` + `wadd_wch`, so wide and box-drawing characters render.
    public func draw(_ changes: [(x: Int, y: Int, cell: Cell)]) {
        let limit = Int(cn_ccharw_max())
        for change in changes where !change.cell.symbol.isEmpty {
            var characters = change.cell.symbol.unicodeScalars.prefix(limit - 1).map {
                wchar_t(bitPattern: $0.value)
            }
            characters.append(0)
            var pair = colors.pair(for: change.cell.style)
            var cell = cchar_t()
            _ = setcchar(&cell, characters, CursesColors.attributes(change.cell.style.attributes), 0, &pair)
            _ = wmove(window, Int32(change.y), Int32(change.x))
            _ = wadd_wch(window, &cell)  // ERR in the bottom-right cell is expected: the cell is still drawn
        }
    }

    /// Blanks the screen; the next refresh repaints everything.
    public func clear() {
        _ = werase(window)
        _ = clearok(window, true)
    }

    /// Shows what was drawn.
    public func flush() {
        _ = wrefresh(window)
    }

    /// Waits up to `timeoutMillis` (negative: forever) for a key.
    public func readKey(timeoutMillis: Int) -> Key? {
        wtimeout(window, Int32(clamping: timeoutMillis))
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case KEY_CODE_YES: return CursesKeys.key(functionCode: Int32(bitPattern: value))
        case OK: return CursesKeys.key(character: value)
        default: return nil
        }
    }

    /// Gives the terminal back (cursor shown, modes restored); later calls do nothing.
    public func restore() {
        guard cursesIsActive.exchange(false, ordering: .sequentiallyConsistent) else { return }
        _ = curs_set(1)
        _ = endwin()
    }
}

/// Why the terminal could not be used.
public enum TerminalError: Error, CustomStringConvertible {
    /// Curses could not start; the message says why.
    case cannotStart(String)

    /// The message.
    public var description: String {
        switch self {
        case .cannotStart(let message): return message
        }
    }
}
