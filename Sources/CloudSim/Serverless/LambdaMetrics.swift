/// A function's counters since the start, and the figures of the last complete second.
public struct LambdaMetrics: Sendable, Equatable {
    /// Invocations started (billed requests; retries and SQS batches included).
    public internal(set) var invocations = 0
    /// Invocations that needed a new execution environment.
    public internal(set) var coldStarts = 0
    /// Invocations refused for lack of concurrency (synchronous 429s, asynchronous attempts
    /// backed off, SQS batches returned).
    public internal(set) var throttles = 0
    /// Synchronous invocations answered 429 TooManyRequestsException.
    public internal(set) var synchronousThrottles = 0
    /// Invocations that failed (errors and timeouts), and of those the timeouts.
    public internal(set) var errors = 0
    public internal(set) var timeouts = 0
    /// Invocations that finished (succeeded or failed).
    public internal(set) var completions = 0
    /// Asynchronous events accepted into the internal queue.
    public internal(set) var asyncEventsQueued = 0
    /// Asynchronous events that succeeded on some attempt.
    public internal(set) var asyncEventsSucceeded = 0
    /// Retries scheduled after failed attempts.
    public internal(set) var asyncRetries = 0
    /// Events given up (retries exhausted or too old) sent to the DLQ / on-failure destination,
    /// or discarded without one; `asyncEventsExpired` of them for age.
    public internal(set) var sentToDeadLetterQueue = 0
    public internal(set) var sentToOnFailureDestination = 0
    public internal(set) var asyncEventsDiscarded = 0
    public internal(set) var asyncEventsExpired = 0
    /// Billed duration in milliseconds, and GB-seconds.
    public internal(set) var billedMilliseconds = 0
    public internal(set) var gbSeconds = 0.0
    /// Provisioned concurrency GB-seconds.
    public internal(set) var provisionedGBSeconds = 0.0
    /// Idle environments reclaimed.
    public internal(set) var environmentsReclaimed = 0

    /// Per-second figures of the last complete second.
    public internal(set) var invocationsPerSecond = 0.0
    public internal(set) var coldStartsPerSecond = 0.0
    public internal(set) var throttlesPerSecond = 0.0
    public internal(set) var errorsPerSecond = 0.0
    /// Highest concurrency seen in any tick of the last complete second.
    public internal(set) var peakConcurrencyLastSecond = 0.0

    var second = LambdaMetricsSecond()

    /// Zeroed metrics.
    public init() {}

    /// The bill so far (requests + duration + provisioned concurrency).
    public var cost: Double {
        LambdaPricing.cost(
            requests: invocations, gbSeconds: gbSeconds, provisionedGBSeconds: provisionedGBSeconds)
    }

    /// Latches the per-second figures and starts a new second.
    mutating func closeSecond() {
        invocationsPerSecond = Double(invocations - second.invocations)
        coldStartsPerSecond = Double(coldStarts - second.coldStarts)
        throttlesPerSecond = Double(throttles - second.throttles)
        errorsPerSecond = Double(errors - second.errors)
        peakConcurrencyLastSecond = second.peakConcurrency
        second = LambdaMetricsSecond(
            invocations: invocations, coldStarts: coldStarts, throttles: throttles, errors: errors)
    }
}

/// Counter values at the start of the current second, and its running peak.
struct LambdaMetricsSecond: Sendable, Equatable {
    var invocations = 0
    var coldStarts = 0
    var throttles = 0
    var errors = 0
    var peakConcurrency = 0.0
}
