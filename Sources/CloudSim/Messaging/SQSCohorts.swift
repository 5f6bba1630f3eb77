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

/// Workers that received in the same tick (or, once merged, in a run of ticks) and are
/// still processing.
struct SQSWorkerBatch: Sendable, Equatable {
    /// Tick of their (first) receive.
    var receiveTick: Int
    /// Busy workers.
    var consumers: Int
    /// Messages they hold (0 once the visibility timeout returned them to the queue).
    var messages: Int
    /// Tick of the last receive merged in (`receiveTick` until a merge).
    var lastReceiveTick: Int
    /// Sum of the receive ticks of the busy workers (`consumers x receiveTick` until a merge).
    var receiveTickSum: Int

    /// Workers that all received in `tick`.
    init(receiveTick tick: Int, consumers: Int, messages: Int) {
        receiveTick = tick
        self.consumers = consumers
        self.messages = messages
        lastReceiveTick = tick
        receiveTickSum = consumers * tick
    }

    /// Whether messages received in `tick` belong to these workers.
    func holds(receivedIn tick: Int) -> Bool { receiveTick <= tick && tick <= lastReceiveTick }

    /// The two batches as one. Exact for when workers finish (processing times are exponential,
    /// so a worker's remaining time does not depend on when it started); within the merged
    /// run, the oldest receives are deleted first.
    func merged(with newer: SQSWorkerBatch) -> SQSWorkerBatch {
        var result = self
        result.consumers += newer.consumers
        result.messages += newer.messages
        result.lastReceiveTick = newer.lastReceiveTick
        result.receiveTickSum += newer.receiveTickSum
        return result
    }
}

/// Batches given up on (failed or crashed) that keep their FIFO message group locked until
/// their visibility timeout runs out.
struct SQSAbandonedLocks: Sendable, Equatable {
    /// Tick of their receive.
    var receiveTick: Int
    /// Number of batches (= message groups).
    var batches: Int
}
