/// API calls a FIFO queue still accepts this tick for one action (300 per second per action
/// without high throughput, reference section 6).
///
/// The budget refills by the per-second quota times the tick length and carries at most one
/// call's fraction over, so a second never accepts more than the quota.
struct SQSCallBudget: Sendable, Equatable {
    private(set) var calls = 0.0
    private var lastTick = Int.min

    /// Whole calls available.
    var whole: Int { Int(calls.rounded(.down)) }

    /// Refills for `tick` (once per tick, whatever the number of calls).
    mutating func refill(tick: Int, callsPerTick: Double) {
        guard tick != lastTick else { return }
        lastTick = tick
        calls = min(calls, 1) + callsPerTick
    }

    /// Spends `n` calls.
    mutating func spend(_ n: Int) { calls = max(0, calls - Double(n)) }
}
