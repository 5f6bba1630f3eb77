/// Asynchronous events waiting in Lambda's internal queue, as cohorts (tick first queued,
/// attempt, tick it may next be tried, current throttle backoff).
///
/// New events, retries (1 and 2 minutes after a failed attempt) and throttled events (backed
/// off 1 s, 2 s, 4 s ... up to 5 minutes) all wait here; events older than the maximum age
/// leave for the on-failure target. Cohorts of the same second, attempt, ready tick and
/// backoff are merged, so the count of cohorts is bounded by seconds, not by events.
struct LambdaAsyncQueue: Sendable, Equatable {
    struct Cohort: Sendable, Equatable {
        var enqueueTick: Int
        var count: Int
        var attempt: Int
        var readyTick: Int
        var backoffSeconds: Double
    }

    private(set) var cohorts: [Cohort] = []
    /// Events waiting.
    private(set) var depth = 0
    let ticksPerSecond: Int

    init(ticksPerSecond: Int) { self.ticksPerSecond = max(1, ticksPerSecond) }

    /// Queues `count` events first queued at `enqueueTick`, on `attempt`, ready at `readyTick`.
    mutating func enqueue(
        _ count: Int, enqueueTick: Int, attempt: Int, readyTick: Int, backoffSeconds: Double = 0
    ) {
        guard count > 0 else { return }
        depth += count
        if let last = cohorts.last, last.attempt == attempt, last.readyTick == readyTick,
            last.backoffSeconds == backoffSeconds, last.enqueueTick / ticksPerSecond == enqueueTick / ticksPerSecond
        {
            cohorts[cohorts.count - 1].count += count
            return
        }
        cohorts.append(
            Cohort(
                enqueueTick: enqueueTick, count: count, attempt: attempt, readyTick: readyTick,
                backoffSeconds: backoffSeconds))
    }

    /// Removes events older than `maxAgeTicks` at `tick`; returns how many.
    mutating func expire(tick: Int, maxAgeTicks: Int) -> Int {
        var expired = 0
        cohorts.removeAll { cohort in
            guard tick - cohort.enqueueTick > maxAgeTicks else { return false }
            expired += cohort.count
            return true
        }
        depth -= expired
        return expired
    }

    /// Events of `attempt` that may be tried at `tick`.
    func ready(tick: Int, attempt: Int) -> Int {
        cohorts.reduce(0) { $0 + ($1.readyTick <= tick && $1.attempt == attempt ? $1.count : 0) }
    }

    /// Takes `n` ready events of `attempt`, oldest cohorts first; returns the sum of their
    /// first-queued ticks (for their age).
    mutating func take(_ n: Int, tick: Int, attempt: Int) -> Double {
        var needed = n
        var tickSum = 0.0
        for i in cohorts.indices where needed > 0 && cohorts[i].readyTick <= tick && cohorts[i].attempt == attempt {
            let k = min(needed, cohorts[i].count)
            cohorts[i].count -= k
            needed -= k
            tickSum += Double(k) * Double(cohorts[i].enqueueTick)
        }
        depth -= n - needed
        cohorts.removeAll { $0.count == 0 }
        return tickSum
    }

    /// Backs off every event still ready at `tick` (they were throttled): the next try is
    /// 1 s later, doubling each time up to 5 minutes (section 8.5).
    mutating func backOffReady(tick: Int) {
        for i in cohorts.indices where cohorts[i].readyTick <= tick {
            let backoff = min(
                LambdaAsyncConfig.maximumThrottleBackoffSeconds,
                max(LambdaAsyncConfig.firstThrottleBackoffSeconds, cohorts[i].backoffSeconds * 2))
            cohorts[i].backoffSeconds = backoff
            cohorts[i].readyTick = tick + max(1, Int((backoff * Double(ticksPerSecond)).rounded()))
        }
    }

    /// Age in ticks of the oldest waiting event (0 when empty).
    func oldestAge(tick: Int) -> Int { cohorts.reduce(0) { max($0, tick - $1.enqueueTick) } }
}
