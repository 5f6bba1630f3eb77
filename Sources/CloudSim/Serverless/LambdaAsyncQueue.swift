/// Asynchronous events waiting in Lambda's internal queue, as cohorts (tick first queued,
/// attempt, tick it may next be tried, current throttle backoff).
///
/// New events, retries (1 and 2 minutes after a failed attempt) and throttled events (backed
/// off 1 s, 2 s, 4 s ... up to 5 minutes) all wait here; events older than the maximum age
/// leave for the on-failure target (checked once a simulated second). Cohorts are kept sorted
/// by ready tick; alike neighbours (same second queued, attempt, ready tick and backoff) merge,
/// so the count of cohorts is bounded by seconds, not by events.
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
    /// Cohorts stay sorted by ready tick, so the ready ones are always a prefix.
    mutating func enqueue(
        _ count: Int, enqueueTick: Int, attempt: Int, readyTick: Int, backoffSeconds: Double = 0
    ) {
        guard count > 0 else { return }
        depth += count
        insert(
            Cohort(
                enqueueTick: enqueueTick, count: count, attempt: attempt, readyTick: readyTick,
                backoffSeconds: backoffSeconds))
    }

    /// Inserts after every cohort ready no later, merging with its neighbour when alike.
    private mutating func insert(_ cohort: Cohort) {
        var low = 0
        var high = cohorts.count
        while low < high {
            let mid = (low + high) / 2
            if cohorts[mid].readyTick <= cohort.readyTick { low = mid + 1 } else { high = mid }
        }
        if low > 0 {
            let before = cohorts[low - 1]
            if before.attempt == cohort.attempt && before.readyTick == cohort.readyTick
                && before.backoffSeconds == cohort.backoffSeconds
                && before.enqueueTick / ticksPerSecond == cohort.enqueueTick / ticksPerSecond
            {
                cohorts[low - 1].count += cohort.count
                return
            }
        }
        cohorts.insert(cohort, at: low)
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
        var n = 0
        for cohort in cohorts {
            guard cohort.readyTick <= tick else { break }
            if cohort.attempt == attempt { n += cohort.count }
        }
        return n
    }

    /// Takes `n` ready events of `attempt`, oldest cohorts first; returns the sum of their
    /// first-queued ticks (for their age).
    mutating func take(_ n: Int, tick: Int, attempt: Int) -> Double {
        var needed = n
        var tickSum = 0.0
        var emptied = false
        for i in cohorts.indices {
            guard needed > 0, cohorts[i].readyTick <= tick else { break }
            guard cohorts[i].attempt == attempt else { continue }
            let k = min(needed, cohorts[i].count)
            cohorts[i].count -= k
            needed -= k
            tickSum += Double(k) * Double(cohorts[i].enqueueTick)
            emptied = emptied || cohorts[i].count == 0
        }
        depth -= n - needed
        if emptied { cohorts.removeAll { $0.count == 0 } }
        return tickSum
    }

    /// Backs off every event still ready at `tick` (they were throttled): the next try is
    /// 1 s later, doubling each time up to 5 minutes (section 8.5).
    mutating func backOffReady(tick: Int) {
        var readyCount = 0
        while readyCount < cohorts.count && cohorts[readyCount].readyTick <= tick { readyCount += 1 }
        guard readyCount > 0 else { return }
        let throttled = cohorts[0..<readyCount]
        cohorts.removeFirst(readyCount)
        for var cohort in throttled {
            let backoff = min(
                LambdaAsyncConfig.maximumThrottleBackoffSeconds,
                max(LambdaAsyncConfig.firstThrottleBackoffSeconds, cohort.backoffSeconds * 2))
            cohort.backoffSeconds = backoff
            cohort.readyTick = tick + max(1, Int((backoff * Double(ticksPerSecond)).rounded()))
            insert(cohort)
        }
    }

    /// Age in ticks of the oldest waiting event (0 when empty).
    func oldestAge(tick: Int) -> Int { cohorts.reduce(0) { max($0, tick - $1.enqueueTick) } }
}
