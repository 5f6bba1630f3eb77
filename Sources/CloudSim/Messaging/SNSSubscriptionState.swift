/// Deliveries that failed the same number of times and are due for their next retry in the
/// same tick.
struct SNSRetryCohort: Sendable, Equatable {
    /// Retries already made.
    var retriesDone: Int
    /// Messages.
    var count: Int
}

/// One subscription's deliveries as counts: first attempts, retries waiting by due tick,
/// and what exhausted its retries (dead-lettered or dropped).
public struct SNSSubscriptionState: Sendable {
    /// The subscription.
    public let config: SNSSubscriptionConfig
    /// Messages that matched the filter policy (the deliveries owed) since the start.
    public internal(set) var matched = 0
    /// Messages delivered.
    public internal(set) var delivered = 0
    /// Delivery attempts made (first attempts and retries).
    public internal(set) var attempts = 0
    /// Attempts that failed.
    public internal(set) var failedAttempts = 0
    /// Messages waiting for a retry.
    public internal(set) var retriesPending = 0
    /// Messages moved to the subscription's dead-letter queue after the last retry failed.
    public internal(set) var deadLettered = 0
    /// Messages discarded after the last retry failed (no dead-letter queue).
    public internal(set) var dropped = 0
    /// Messages delivered in the last tick (what a wired SQS queue or function receives).
    public internal(set) var deliveredLastTick = 0
    /// Messages dead-lettered in the last tick.
    public internal(set) var deadLetteredLastTick = 0
    /// Messages delivered in the last complete second.
    public internal(set) var deliveredPerSecond = 0.0
    private var deliveredThisSecond = 0
    private var retries: [Int: [SNSRetryCohort]] = [:]

    /// Starts a subscription with nothing owed.
    public init(config: SNSSubscriptionConfig) { self.config = config }

    /// Advances one tick: due retries, then the first attempt of `newMatches` messages;
    /// each attempt succeeds with probability `success` (1 healthy, 0 failing).
    mutating func step(
        tick: Int, newMatches: Int, success: Double, tickSeconds: Double, random: inout SimRandom
    ) {
        deliveredLastTick = 0
        deadLetteredLastTick = 0
        if let due = retries.removeValue(forKey: tick) {
            for cohort in due {
                retriesPending -= cohort.count
                attempt(
                    cohort.count, retriesDone: cohort.retriesDone, tick: tick, success: success,
                    tickSeconds: tickSeconds, random: &random)
            }
        }
        if newMatches > 0 {
            matched += newMatches
            attempt(
                newMatches, retriesDone: 0, tick: tick, success: success, tickSeconds: tickSeconds,
                random: &random)
        }
    }

    /// Attempts delivery of `count` messages; immediate retries (delay 0) run in the same tick.
    private mutating func attempt(
        _ count: Int, retriesDone: Int, tick: Int, success: Double, tickSeconds: Double,
        random: inout SimRandom
    ) {
        var left = count
        var done = retriesDone
        while left > 0 {
            attempts += left
            let ok = random.binomial(left, min(max(0, success), 1))
            delivered += ok
            deliveredLastTick += ok
            deliveredThisSecond += ok
            left -= ok
            failedAttempts += left
            guard left > 0 else { return }
            guard let delay = config.retryPolicy.delay(beforeRetry: done + 1) else {
                if config.deadLetterQueue != nil {
                    deadLettered += left
                    deadLetteredLastTick += left
                } else {
                    dropped += left
                }
                return
            }
            done += 1
            let ticks = Int((delay / tickSeconds).rounded())
            guard ticks > 0 else { continue }
            schedule(SNSRetryCohort(retriesDone: done, count: left), due: tick + ticks)
            return
        }
    }

    private mutating func schedule(_ cohort: SNSRetryCohort, due: Int) {
        retriesPending += cohort.count
        if let k = retries[due]?.firstIndex(where: { $0.retriesDone == cohort.retriesDone }) {
            retries[due]![k].count += cohort.count
        } else {
            retries[due, default: []].append(cohort)
        }
    }

    /// Latches the per-second figure.
    mutating func endSecond() {
        deliveredPerSecond = Double(deliveredThisSecond)
        deliveredThisSecond = 0
    }

    /// Messages owed that are accounted for: delivered + pending retries + dead-lettered + dropped.
    public var accounted: Int { delivered + retriesPending + deadLettered + dropped }

    /// Retry cohorts waiting (for bounded-memory checks).
    var retryCohorts: Int { retries.values.reduce(0) { $0 + $1.count } }
}
