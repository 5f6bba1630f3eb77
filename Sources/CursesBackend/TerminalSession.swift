import Dashboard
import Dispatch
import Foundation
import Synchronization

/// One dashboard run on the real terminal: curses plus the signals that must end it cleanly.
///
/// SIGINT, SIGTERM, SIGHUP and SIGQUIT are ignored at the process level and delivered to
/// Dispatch signal sources instead, which only record the signal; the main loop polls
/// `pendingSignal` every frame and quits through its normal path, so the terminal is
/// restored by ordinary code, not inside a signal handler. (In raw mode Ctrl-C arrives as
/// the key `.ctrl("c")`, not as SIGINT.) `run` restores the terminal when the body
/// returns or throws; `TerminalGuard` covers `exit` and crashes. Main thread only.
public final class TerminalSession {
    /// The terminal to draw on and read keys from.
    public let terminal: CursesTerminal
    private let received: ReceivedSignal
    private var sources: [any DispatchSourceSignal] = []

    /// Signals that ask the dashboard to quit.
    public static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Starts curses and starts listening for quit signals.
    public init(colorMode: ColorMode = .automatic) throws {
        terminal = try CursesTerminal(colorMode: colorMode)
        let received = ReceivedSignal()
        self.received = received
        for number in Self.quitSignals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { received.record(number) }
            source.resume()
            sources.append(source)
        }
    }

    deinit { restore() }

    /// The first quit signal received, if any; poll it once per frame.
    public var pendingSignal: Int32? { received.first }

    /// Restores the terminal and the default signal behaviour; safe to call more than once.
    public func restore() {
        terminal.restore()
        for source in sources { source.cancel() }
        sources.removeAll()
        for number in Self.quitSignals { signal(number, SIG_DFL) }
    }

    /// Runs `body` with a session, restoring the terminal however the body ends.
    public static func run<T>(colorMode: ColorMode = .automatic, _ body: (TerminalSession) throws -> T) throws
        -> T
    {
        let session = try TerminalSession(colorMode: colorMode)
        defer { session.restore() }
        return try body(session)
    }

    /// A one-sentence error when standard output is not a terminal or `TERM` is unset or `dumb`.
    public static func checkTerminalUsable() -> String? {
        TerminalRequirements.problem(
            term: ProcessInfo.processInfo.environment["TERM"],
            isInteractive: isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1)
    }
}

/// The first quit signal received, written from a Dispatch queue and read by the main loop.
final class ReceivedSignal: Sendable {
    private let value = Atomic<Int32>(0)

    /// Records `signal` unless one was recorded already.
    func record(_ signal: Int32) {
        _ = value.compareExchange(expected: 0, desired: signal, ordering: .sequentiallyConsistent)
    }

    /// The recorded signal, or nil.
    var first: Int32? {
        let signal = value.load(ordering: .sequentiallyConsistent)
        return signal == 0 ? nil : signal
    }
}
