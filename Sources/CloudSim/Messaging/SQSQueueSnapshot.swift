/// What a queue panel shows, copied out of the engine.
public struct SQSQueueSnapshot: Sendable, Equatable {
    /// Queue name.
    public var name: String
    /// Standard or FIFO.
    public var type: SQSQueueType
    /// `ApproximateNumberOfMessagesVisible`.
    public var visible: Int
    /// `ApproximateNumberOfMessagesNotVisible`.
    public var inFlight: Int
    /// `ApproximateNumberOfMessagesDelayed`.
    public var delayed: Int
    /// Messages in the dead-letter queue.
    public var deadLetterDepth: Int
    /// `ApproximateAgeOfOldestMessage` in seconds.
    public var oldestAgeSeconds: Double
    /// Messages sent in the last second.
    public var sentPerSecond: Double
    /// Messages received in the last second.
    public var receivedPerSecond: Double
    /// Messages deleted in the last second.
    public var deletedPerSecond: Double
    /// Empty receives in the last second.
    public var emptyReceivesPerSecond: Double
    /// Workers processing a batch.
    public var consumersBusy: Int
    /// All workers.
    public var consumersTotal: Int
    /// Visible messages per worker (the scaling metric).
    public var backlogPerConsumer: Double
    /// Whether the `sqs:consumer-crash` fault is active.
    public var consumersCrashed: Bool
    /// Visible messages at the end of each of the last seconds (up to 10 minutes), oldest first.
    public var depthHistory: [Double]
    /// Who consumes it (for the architecture map).
    public var fleet: ConsumerFleet = .fixed
    /// The named dead-letter queue its redrive policy sends to, if any.
    public var deadLetterQueue: String? = nil
}

extension SQSQueueState {
    /// The panel's view of the queue at `tick`.
    public func snapshot(tick: Int) -> SQSQueueSnapshot {
        SQSQueueSnapshot(
            name: config.name, type: config.type, visible: visible, inFlight: inFlight, delayed: delayed,
            deadLetterDepth: deadLetterDepth, oldestAgeSeconds: oldestMessageAge(tick: tick),
            sentPerSecond: figures.sentPerSecond, receivedPerSecond: figures.receivedPerSecond,
            deletedPerSecond: figures.deletedPerSecond,
            emptyReceivesPerSecond: figures.emptyReceivesPerSecond,
            consumersBusy: busyConsumers, consumersTotal: consumer.consumers,
            backlogPerConsumer: backlogPerConsumer,
            consumersCrashed: consumersCrashed, depthHistory: figures.depthHistory.values)
    }
}
