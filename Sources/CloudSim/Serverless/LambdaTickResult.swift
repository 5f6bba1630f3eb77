/// Invocations offered to a function in one tick.
public struct LambdaDemand: Sendable, Equatable {
    /// Synchronous (RequestResponse) invocations: admitted now or answered 429.
    public var synchronous: Int
    /// Asynchronous (Event) invocations: accepted into the internal queue.
    public var asynchronous: Int
    /// Visible messages of the SQS event source mapping's queue (ignored without a mapping).
    public var visibleMessages: Int

    /// Creates a demand.
    public init(synchronous: Int = 0, asynchronous: Int = 0, visibleMessages: Int = 0) {
        self.synchronous = max(0, synchronous)
        self.asynchronous = max(0, asynchronous)
        self.visibleMessages = max(0, visibleMessages)
    }
}

/// What a function did in one tick.
public struct LambdaTickResult: Sendable, Equatable {
    /// Synchronous invocations started, and answered 429 TooManyRequestsException.
    public var synchronousAdmitted = 0
    public var synchronousThrottled = 0
    /// Synchronous invocations that finished this tick: succeeded, failed (error or timeout).
    public var synchronousSucceeded = 0
    public var synchronousFailed = 0
    /// Asynchronous attempts started, and ready events backed off for lack of concurrency.
    public var asyncAttemptsStarted = 0
    public var asyncAttemptsThrottled = 0
    /// Events given up this tick (to the DLQ, the on-failure destination, or discarded).
    public var asyncEventsGivenUp = 0
    /// The SQS event source mapping's poll.
    public var sqs = LambdaSQSPollResult()
    /// Environments that needed a cold start.
    public var coldStarts = 0

    /// An empty result.
    public init() {}
}
