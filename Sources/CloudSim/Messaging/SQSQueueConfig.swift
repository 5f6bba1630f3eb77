/// Standard or FIFO (`.fifo` suffix), reference section 6.
public enum SQSQueueType: String, Sendable, Equatable {
    /// Nearly unlimited throughput, at-least-once, best-effort order.
    case standard
    /// Strict order per message group, limited throughput.
    case fifo
}

/// An SQS queue's attributes, with AWS's defaults (reference section 6).
public struct SQSQueueConfig: Sendable, Equatable {
    /// Queue name.
    public var name: String
    /// Standard or FIFO.
    public var type: SQSQueueType
    /// Visibility timeout: 30 s by default, 0 s - 12 h.
    public var visibilityTimeoutSeconds: Double
    /// Retention: 4 days (345,600 s) by default, 60 s - 14 days.
    public var retentionSeconds: Double
    /// Delivery delay of a delay queue: 0 s by default, at most 15 min.
    public var deliveryDelaySeconds: Double
    /// `ReceiveMessageWaitTimeSeconds`: 0 (short polling) by default, at most 20 s.
    public var receiveWaitSeconds: Double
    /// Redrive policy: a message received this many times and not deleted goes to the
    /// dead-letter queue when it next becomes visible (1 - 1,000; the console suggests 10).
    /// `nil` = no dead-letter queue.
    public var maxReceiveCount: Int?
    /// Number of active message groups of a FIFO queue; sends spread evenly over them.
    public var messageGroups: Int
    /// FIFO high-throughput mode (see `fifoCallsPerSecond`).
    public var highThroughputFIFO: Bool
    /// API calls per second per action of a high-throughput FIFO queue. AWS documents a
    /// Region-dependent figure the reference does not give; 3,000 (the launch quota) by default.
    public var highThroughputCallsPerSecond: Int

    /// Creates a queue with AWS's defaults.
    public init(
        name: String, type: SQSQueueType = .standard, visibilityTimeoutSeconds: Double = 30,
        retentionSeconds: Double = 345_600, deliveryDelaySeconds: Double = 0, receiveWaitSeconds: Double = 0,
        maxReceiveCount: Int? = nil, messageGroups: Int = 1, highThroughputFIFO: Bool = false,
        highThroughputCallsPerSecond: Int = 3_000
    ) {
        self.name = name
        self.type = type
        self.visibilityTimeoutSeconds = min(max(0, visibilityTimeoutSeconds), 43_200)
        self.retentionSeconds = min(max(60, retentionSeconds), 1_209_600)
        self.deliveryDelaySeconds = min(max(0, deliveryDelaySeconds), 900)
        self.receiveWaitSeconds = min(max(0, receiveWaitSeconds), 20)
        self.maxReceiveCount = maxReceiveCount.map { min(max(1, $0), 1_000) }
        self.messageGroups = max(1, messageGroups)
        self.highThroughputFIFO = highThroughputFIFO
        self.highThroughputCallsPerSecond = max(1, highThroughputCallsPerSecond)
    }

    /// Most messages in flight: about 120,000 for standard queues, 20,000 for FIFO queues.
    public var inFlightLimit: Int { type == .standard ? 120_000 : 20_000 }

    /// FIFO API calls per second per action: 300 (3,000 messages/s with batches of 10), or
    /// the high-throughput figure; `nil` for standard queues (nearly unlimited).
    public var fifoCallsPerSecond: Int? {
        guard type == .fifo else { return nil }
        return highThroughputFIFO ? highThroughputCallsPerSecond : 300
    }

    /// Most messages per SendMessageBatch / ReceiveMessage / DeleteMessageBatch call.
    public static let maxBatch = 10
}
