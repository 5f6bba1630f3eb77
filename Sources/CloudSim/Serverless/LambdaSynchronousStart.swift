/// A group of synchronous invocations that started together and will answer together: after
/// how many ticks, how many of them failed, and how long each took.
public struct LambdaSynchronousStart: Sendable, Equatable {
    /// Ticks from now until they finish (0: within this tick).
    public var afterTicks: Int
    /// Invocations in the group.
    public var count: Int
    /// Of those, invocations that fail (error or timeout).
    public var failed: Int
    /// Duration of each, INIT included for cold starts, ms.
    public var latencyMs: Double
}

extension LambdaFunctionState {
    /// The synchronous invocations started since the last call (when `logsSynchronousStarts`).
    public mutating func takeSynchronousStarts() -> [LambdaSynchronousStart] {
        defer { synchronousStarts.removeAll(keepingCapacity: true) }
        return synchronousStarts
    }

    /// Drains the log into `starts` (cleared first), keeping both buffers' storage.
    mutating func moveSynchronousStarts(into starts: inout [LambdaSynchronousStart]) {
        starts.removeAll(keepingCapacity: true)
        swap(&starts, &synchronousStarts)
    }
}
