import CNCurses
import Glibc
import Synchronization

/// Whether curses owns the terminal; whoever flips it to false restores the terminal, once.
///
/// An atomic exchange is lock-free, so the crash handler may use it.
let cursesIsActive = Atomic<Bool>(false)

/// The last line of defence: restores the terminal at `exit` and on fatal signals
/// (a failed precondition traps with SIGILL/SIGTRAP, an abort raises SIGABRT, ...).
///
/// At exit it calls `endwin`. In a fatal-signal handler curses is not safe to call, so it
/// only does async-signal-safe things prepared in advance: put back the terminal modes
/// saved before curses started (`tcsetattr`) and `write` the terminal's own reset strings
/// (sgr0, cnorm, rmkx, rmcup from terminfo). Then the previous handler is reinstalled and
/// the signal raised again, so crash reports still appear (after the terminal is usable).
enum TerminalGuard {
    /// Fatal signals the guard handles.
    static let fatalSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// Prepares the guard; call on the main thread after curses started and before drawing.
    static func arm(savedModes: termios) {
        GuardState.prepare(savedModes: savedModes, reset: resetBytes())
        guard !GuardState.isInstalled else { return }
        GuardState.isInstalled = true
        atexit { TerminalGuard.restoreAtExit() }
        for signal in fatalSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                TerminalGuard.restoreFromSignalHandler()
                GuardState.reinstallPrevious(signal)
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            withUnsafeMutablePointer(to: &GuardState.previous[Int(signal)]) {
                _ = sigaction(signal, &action, $0)
            }
        }
    }

    /// At exit: end curses if it is still active.
    static func restoreAtExit() {
        if cursesIsActive.exchange(false, ordering: .sequentiallyConsistent) {
            _ = curs_set(1)
            _ = endwin()
        }
    }

    /// In a fatal-signal handler: only async-signal-safe calls.
    static func restoreFromSignalHandler() {
        guard cursesIsActive.exchange(false, ordering: .sequentiallyConsistent) else { return }
        GuardState.restoreModesAndWriteReset()
    }

    /// sgr0, cnorm, rmkx and rmcup of the current terminal, then a newline.
    private static func resetBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes.append(contentsOf: String(cString: value).utf8)
        }
        return bytes + [13, 10]
    }
}
