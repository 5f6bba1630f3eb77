/// Visible or delayed messages that share their enqueue tick, the tick they became visible
/// and their receive count: they age, expire and redrive together.
struct SQSCohort: Sendable, Equatable {
    /// Tick the messages were sent (their age and retention run from it, also in the DLQ).
    var enqueueTick: Int
    /// Tick they became (or become, while delayed) visible.
    var visibleSince: Int
    /// Times received so far.
    var receiveCount: Int
    /// Number of messages.
    var count: Int
}

/// Messages received in the same tick from the same cohort: they turn visible again together,
/// one visibility timeout after `receiveTick`, unless deleted first.
struct SQSInFlightCohort: Sendable, Equatable {
    /// Tick of the ReceiveMessage.
    var receiveTick: Int
    /// Tick the messages were sent.
    var enqueueTick: Int
    /// Receive count including this receive.
    var receiveCount: Int
    /// Messages not yet deleted.
    var count: Int
    /// Of those, messages a busy worker still holds (the rest were given up on).
    var held: Int
    /// Of those, messages an event source mapping (a Lambda function) still holds.
    var mappingHeld = 0
}

/// Workers that received in the same tick and are still processing.
struct SQSWorkerBatch: Sendable, Equatable {
    /// Tick of their receive.
    var receiveTick: Int
    /// Busy workers.
    var consumers: Int
    /// Messages they hold (0 once the visibility timeout returned them to the queue).
    var messages: Int
}

/// Batches given up on (failed or crashed) that keep their FIFO message group locked until
/// their visibility timeout runs out.
struct SQSAbandonedLocks: Sendable, Equatable {
    /// Tick of their receive.
    var receiveTick: Int
    /// Number of batches (= message groups).
    var batches: Int
}
