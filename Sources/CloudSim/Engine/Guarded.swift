import Foundation

/// A value behind a lock, shared between threads.
///
/// Built on `NSLock` (pthread mutexes) rather than `Synchronization.Mutex` because
/// ThreadSanitizer does not see `Mutex`'s contended hand-over on Linux and reports false races.
// @unchecked Sendable: `value` is private and only touched inside `withLock`, which holds
// `lock` for the whole access, so no two threads ever see it at once.
final class Guarded<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// Wraps an initial value.
    init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
