/// One function as the Serverless panel shows it.
public struct LambdaFunctionSnapshot: Sendable, Equatable {
    /// Function name.
    public var name: String
    /// Concurrent executions in the last tick, and the limit they count against.
    public var concurrency: Double
    public var concurrencyLimit: Int
    /// Per-second figures of the last complete second.
    public var invocationsPerSecond: Double
    public var coldStartsPerSecond: Double
    public var throttlesPerSecond: Double
    public var errorsPerSecond: Double
    /// Duration percentiles of the last second, in ms (handler plus INIT for cold starts).
    public var durationP50: Double
    public var durationP99: Double
    /// Asynchronous queue: events waiting, and the oldest one's age in seconds.
    public var asyncQueueDepth: Int
    public var asyncOldestAgeSeconds: Double
    /// Events sent to the DLQ and to the on-failure destination since the start.
    public var deadLetterEvents: Int
    public var destinationEvents: Int
    /// Warm idle environments.
    public var idleEnvironments: Int
    /// The bill so far, USD.
    public var cost: Double
    /// Peak concurrency of each second, oldest first (last 10 minutes).
    public var concurrencyHistory: [Double]
    /// Queues and topics each successful invocation sends to (for the architecture map).
    public var sendsTo: [String] = []
    /// The queue its SQS event source mapping polls, if any.
    public var eventSourceQueue: String? = nil

    /// Creates a snapshot (the dashboard's tests build them by hand).
    public init(
        name: String, concurrency: Double, concurrencyLimit: Int, invocationsPerSecond: Double = 0,
        coldStartsPerSecond: Double = 0, throttlesPerSecond: Double = 0, errorsPerSecond: Double = 0,
        durationP50: Double = 0, durationP99: Double = 0, asyncQueueDepth: Int = 0,
        asyncOldestAgeSeconds: Double = 0, deadLetterEvents: Int = 0, destinationEvents: Int = 0,
        idleEnvironments: Int = 0, cost: Double = 0, concurrencyHistory: [Double] = []
    ) {
        self.name = name
        self.concurrency = concurrency
        self.concurrencyLimit = concurrencyLimit
        self.invocationsPerSecond = invocationsPerSecond
        self.coldStartsPerSecond = coldStartsPerSecond
        self.throttlesPerSecond = throttlesPerSecond
        self.errorsPerSecond = errorsPerSecond
        self.durationP50 = durationP50
        self.durationP99 = durationP99
        self.asyncQueueDepth = asyncQueueDepth
        self.asyncOldestAgeSeconds = asyncOldestAgeSeconds
        self.deadLetterEvents = deadLetterEvents
        self.destinationEvents = destinationEvents
        self.idleEnvironments = idleEnvironments
        self.cost = cost
        self.concurrencyHistory = concurrencyHistory
    }
}

extension LambdaFunctionState {
    /// The function as the panel shows it at `tick`.
    public func snapshot(tick: Int) -> LambdaFunctionSnapshot {
        LambdaFunctionSnapshot(
            name: name, concurrency: concurrency, concurrencyLimit: concurrencyLimit,
            invocationsPerSecond: metrics.invocationsPerSecond, coldStartsPerSecond: metrics.coldStartsPerSecond,
            throttlesPerSecond: metrics.throttlesPerSecond, errorsPerSecond: metrics.errorsPerSecond,
            durationP50: durationsLastSecond.percentile(0.5), durationP99: durationsLastSecond.percentile(0.99),
            asyncQueueDepth: asyncQueueDepth, asyncOldestAgeSeconds: asyncOldestAgeSeconds(tick: tick),
            deadLetterEvents: metrics.sentToDeadLetterQueue, destinationEvents: metrics.sentToOnFailureDestination,
            idleEnvironments: idleEnvironments, cost: metrics.cost, concurrencyHistory: concurrencyHistory.values)
    }
}
