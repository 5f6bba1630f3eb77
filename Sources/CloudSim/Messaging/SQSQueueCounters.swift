/// Running totals of one queue since the start, named as CloudWatch names the metrics
/// (reference section 6), plus the sums the fidelity checks need.
public struct SQSQueueCounters: Sendable, Equatable {
    /// `NumberOfMessagesSent`: messages accepted by SendMessage(Batch).
    public internal(set) var sent = 0
    /// Messages refused by the FIFO throughput limit (the sender sees a throttling error).
    public internal(set) var throttledSends = 0
    /// `NumberOfMessagesReceived`: messages handed to workers (every receive of a message).
    public internal(set) var received = 0
    /// `NumberOfMessagesDeleted`.
    public internal(set) var deleted = 0
    /// `NumberOfEmptyReceives`: ReceiveMessage calls that returned nothing.
    public internal(set) var emptyReceives = 0
    /// Receives refused because the in-flight limit was reached (`OverLimit`).
    public internal(set) var overLimitReceives = 0
    /// Messages whose visibility timeout ran out before they were deleted.
    public internal(set) var returned = 0
    /// Messages moved to the dead-letter queue by the redrive policy.
    public internal(set) var deadLettered = 0
    /// Messages deleted by retention (older than the retention period).
    public internal(set) var expired = 0
    /// Batches whose processing failed (not deleted).
    public internal(set) var failedBatches = 0
    /// First receives (receive count 1): the messages whose queue wait is measured.
    public internal(set) var firstReceives = 0
    /// Sum over first receives of ticks from becoming visible to the receive.
    public internal(set) var waitTicks = 0
    /// Expected number of first receives that waited at all (a message received in the tick
    /// it became visible by a worker freed during that tick counts one half: it arrived
    /// before the worker freed up half of the time).
    public internal(set) var waited = 0.0
    /// Sum over ticks of visible messages at the end of the tick (Little's law: L = λW).
    public internal(set) var visibleTicks = 0
    /// Sum over ticks of busy workers at the end of the tick.
    public internal(set) var busyTicks = 0
    /// Sum over completed batches of the ticks from receive to completion.
    public internal(set) var processingTicks = 0
    /// Batches whose processing ended (deleted or failed).
    public internal(set) var completedBatches = 0
    /// Ticks stepped.
    public internal(set) var ticks = 0

    /// Creates zeroed counters.
    public init() {}
}
