/// Invocations of one kind that finish in the same tick, with their outcome decided at start.
struct LambdaOutcomeCount: Sendable, Equatable {
    /// Invocations (or batches) finishing.
    var count = 0
    /// Of those, how many fail (error or timeout).
    var failed = 0
    /// Sum of the ticks their events were first queued (asynchronous events only; for ages).
    var enqueueTickSum = 0.0
    /// Messages carried (SQS batches only) and messages in failed batches.
    var messages = 0
    var failedMessages = 0

    /// Adds another count.
    mutating func add(_ other: LambdaOutcomeCount) {
        count += other.count
        failed += other.failed
        enqueueTickSum += other.enqueueTickSum
        messages += other.messages
        failedMessages += other.failedMessages
    }
}

/// Where an invocation came from; the completion wheel keeps their outcomes apart.
enum LambdaInvocationKind: Sendable, Equatable {
    /// RequestResponse: the caller waits.
    case synchronous
    /// An event from the internal queue on attempt 0, 1 or 2.
    case asynchronous(attempt: Int)
    /// A batch from the SQS event source mapping.
    case sqsBatch
}

/// Everything finishing in one tick.
struct LambdaCompletionSlot: Sendable, Equatable {
    var synchronous = LambdaOutcomeCount()
    /// Asynchronous events on their first, second and third attempt (fields, not an array,
    /// so taking a slot never copies heap storage).
    var firstAttempts = LambdaOutcomeCount()
    var secondAttempts = LambdaOutcomeCount()
    var thirdAttempts = LambdaOutcomeCount()
    var sqsBatches = LambdaOutcomeCount()
    /// Billed milliseconds of the finishing invocations (each rounded up to 1 ms).
    var billedMs = 0

    /// Environments released.
    var environments: Int {
        synchronous.count + firstAttempts.count + secondAttempts.count + thirdAttempts.count + sqsBatches.count
    }

    /// Asynchronous events on attempt `attempt` (0, 1 or 2).
    subscript(attempt attempt: Int) -> LambdaOutcomeCount {
        get { attempt <= 0 ? firstAttempts : attempt == 1 ? secondAttempts : thirdAttempts }
        set {
            if attempt <= 0 { firstAttempts = newValue } else if attempt == 1 { secondAttempts = newValue } else {
                thirdAttempts = newValue
            }
        }
    }

    /// Adds invocations of `kind` that finish with this slot.
    mutating func add(_ kind: LambdaInvocationKind, outcome: LambdaOutcomeCount, billedMs: Int) {
        switch kind {
        case .synchronous: synchronous.add(outcome)
        case .asynchronous(let attempt): self[attempt: attempt].add(outcome)
        case .sqsBatch: sqsBatches.add(outcome)
        }
        self.billedMs += billedMs
    }

    /// Clears the slot in place (no allocation).
    mutating func clear() {
        synchronous = .init()
        firstAttempts = .init()
        secondAttempts = .init()
        thirdAttempts = .init()
        sqsBatches = .init()
        billedMs = 0
    }
}

/// Busy environments grouped by the tick they finish: a timing wheel as long as the longest
/// possible invocation (timeout plus cold start), so per-tick work is O(1) whatever the
/// concurrency, and memory is fixed when the function is created.
struct LambdaCompletionWheel: Sendable, Equatable {
    private var slots: [LambdaCompletionSlot]
    /// Environments currently busy (sum over the wheel).
    private(set) var busy = 0
    /// SQS batches currently running.
    private(set) var busyBatches = 0
    /// Asynchronous events currently running (any attempt).
    private(set) var runningAsync = 0

    /// A wheel that can hold invocations up to `maxTicks` long.
    init(maxTicks: Int) {
        slots = Array(repeating: LambdaCompletionSlot(), count: max(2, maxTicks + 1))
    }

    /// Longest invocation (in ticks) the wheel can hold.
    var maxTicks: Int { slots.count - 1 }

    /// Schedules `outcome.count` invocations of `kind` to finish at `tick` (at most
    /// `maxTicks` ahead of the current tick).
    mutating func schedule(_ kind: LambdaInvocationKind, at tick: Int, outcome: LambdaOutcomeCount, billedMs: Int) {
        guard outcome.count > 0 else { return }
        slots[tick % slots.count].add(kind, outcome: outcome, billedMs: billedMs)
        if kind == .sqsBatch { busyBatches += outcome.count }
        if case .asynchronous = kind { runningAsync += outcome.count }
        busy += outcome.count
    }

    /// Removes and returns what finishes at `tick`.
    mutating func take(tick: Int) -> LambdaCompletionSlot {
        let s = tick % slots.count
        let slot = slots[s]
        guard slot.environments > 0 || slot.billedMs > 0 else { return slot }
        busy -= slot.environments
        busyBatches -= slot.sqsBatches.count
        runningAsync -= slot.firstAttempts.count + slot.secondAttempts.count + slot.thirdAttempts.count
        slots[s].clear()
        return slot
    }
}
