import Glibc

/// Storage the fatal-signal handler reads, filled in advance so the handler never allocates.
///
/// Every `nonisolated(unsafe)` variable here is written only by `TerminalGuard.arm`, on the
/// main thread, before any handler that reads it is installed (or while the guard is
/// inactive: the handler reads nothing unless `cursesIsActive` was true, which is set after
/// `prepare` returns). After that the handler only reads them. So no data race is possible.
enum GuardState {
    /// Whether the atexit hook and signal handlers are installed (they are installed once).
    nonisolated(unsafe) static var isInstalled = false
    /// Terminal modes saved before curses started.
    nonisolated(unsafe) static var savedModes = termios()
    /// The reset strings, in a buffer that is never freed or moved while handlers exist.
    nonisolated(unsafe) static var resetBuffer: UnsafeMutablePointer<UInt8>?
    /// Bytes used in `resetBuffer`.
    nonisolated(unsafe) static var resetCount = 0
    /// The handlers that were installed before ours, by signal number.
    nonisolated(unsafe) static var previous: [sigaction] = Array(repeating: sigaction(), count: 65)

    /// Stores the modes and reset bytes for the handler.
    static func prepare(savedModes modes: termios, reset: [UInt8]) {
        savedModes = modes
        let buffer = resetBuffer ?? UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        resetCount = min(256, reset.count)
        for i in 0..<resetCount { buffer[i] = reset[i] }
        resetBuffer = buffer
    }

    /// tcsetattr and write only: both async-signal-safe.
    static func restoreModesAndWriteReset() {
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedModes)
        if let resetBuffer { _ = write(STDOUT_FILENO, resetBuffer, resetCount) }
    }

    /// Puts back the handler that was there before ours.
    static func reinstallPrevious(_ signal: Int32) {
        withUnsafeMutablePointer(to: &previous[Int(signal)]) { _ = sigaction(signal, $0, nil) }
    }
}
