/// An SQS event source mapping: Lambda's pollers receive batches from a queue and invoke
/// the function once per batch (`aws-behaviour.md` section 8.6).
///
/// Batch size default 10, at most 10,000 for standard queues (10 for FIFO); batching window
/// up to 300 s. Scaling [changed Nov 2023]: the mapping starts with 5 concurrent batches and
/// adds up to 300 concurrent invocations per minute while messages wait, up to 1,000
/// concurrent batches or the optional `maximumConcurrency` (2-1,000); idle, it falls back to 5.
public struct LambdaSQSEventSourceConfig: Sendable, Equatable {
    /// Concurrent batches a mapping starts with.
    public static let initialConcurrency = 5
    /// Concurrent batches added per minute while a backlog remains.
    public static let scaleUpPerMinute = 300.0
    /// Concurrent batches of one mapping at most.
    public static let maximumBatches = 1_000

    /// Queue name.
    public var queue: String
    /// Messages per batch, 1-10,000.
    public var batchSize: Int
    /// Seconds a partial batch waits for more messages, 0-300.
    public var batchingWindowSeconds: Double
    /// Optional cap on concurrent batches (2-1,000).
    public var maximumConcurrency: Int?

    /// Creates a mapping (AWS defaults: batch 10, no window, no cap).
    public init(queue: String, batchSize: Int = 10, batchingWindowSeconds: Double = 0, maximumConcurrency: Int? = nil) {
        self.queue = queue
        self.batchSize = min(10_000, max(1, batchSize))
        self.batchingWindowSeconds = min(300, max(0, batchingWindowSeconds))
        self.maximumConcurrency = maximumConcurrency.map { min(Self.maximumBatches, max(2, $0)) }
    }

    /// The most concurrent batches this mapping may reach.
    public var concurrencyCeiling: Int { maximumConcurrency ?? Self.maximumBatches }
}

/// What an SQS event source mapping did with a queue in one tick, for the queue's model.
///
/// Received messages become in flight at the queue. Later (when their batch completes)
/// they are reported as succeeded (delete them) or failed (the whole batch returns after the
/// visibility timeout). Throttled batches were received but not invoked: they return too.
public struct LambdaSQSPollResult: Sendable, Equatable {
    /// Batches and messages received this tick (throttled ones included).
    public var batchesReceived = 0
    public var messagesReceived = 0
    /// Of those, batches and messages the function had no concurrency for.
    public var batchesThrottled = 0
    public var messagesThrottled = 0
    /// Batches and messages whose invocation completed successfully this tick.
    public var batchesSucceeded = 0
    public var messagesSucceeded = 0
    /// Batches and messages whose invocation failed (error or timeout) this tick.
    public var batchesFailed = 0
    public var messagesFailed = 0

    /// An empty result.
    public init() {}
}
