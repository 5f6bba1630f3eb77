import Foundation

/// A running SQS queue and the fleet of workers polling it, as counts.
///
/// Messages move in FIFO cohorts keyed by (enqueue tick, receive count): delayed -> visible ->
/// in flight -> deleted, visible again (receive count + 1), or moved to the dead-letter queue;
/// any of them is deleted once older than the retention period. Call `send` with the tick's
/// messages, then `step` once per tick. A tick costs O(cohorts), never O(messages).
///
/// The workers are an M/M/c station: each busy worker finishes within a tick with probability
/// `1 - exp(-dt/mean)`; a worker that starts in the middle of a tick finishes before its end
/// with probability `1 - (1 - exp(-x))/x` (x = dt/mean), so the mean processing time is exact
/// at any tick; idle workers take visible messages at once, oldest first (long polling).
public struct SQSQueueState: Sendable {
    /// The queue's attributes.
    public let config: SQSQueueConfig
    /// The workers.
    public internal(set) var consumer: SQSConsumerConfig
    /// Simulated seconds per step.
    public let tickSeconds: Double
    /// Running totals.
    public internal(set) var counters = SQSQueueCounters()
    /// Per-second figures and depth history.
    public internal(set) var figures = SQSQueueFigures()
    /// Fault `sqs:consumer-crash`: workers still receive and process but never delete.
    public var consumersCrashed = false
    /// `ApproximateNumberOfMessagesVisible`.
    public internal(set) var visible = 0
    /// `ApproximateNumberOfMessagesNotVisible` (in flight).
    public internal(set) var inFlight = 0
    /// `ApproximateNumberOfMessagesDelayed`.
    public internal(set) var delayed = 0
    /// Messages in the dead-letter queue (moved there and not yet taken by `takeDeadLetters`).
    public internal(set) var deadLetterDepth = 0
    /// Messages taken out of the dead-letter count by `takeDeadLetters` (handed to a DLQ queue).
    public internal(set) var deadLettersHandedOver = 0
    /// Workers processing a batch.
    public internal(set) var busyConsumers = 0
    /// Messages an event source mapping holds (received, not yet deleted or given up).
    public internal(set) var mappingHeld = 0
    /// Mapping-held messages whose visibility ran out first: their delete will be lost.
    var mappingOrphans = 0
    /// Receive tick of the oldest in-flight cohort a mapping may still hold (a search hint).
    var mappingOldestReceive = Int.min

    var delayedCohorts = SQSDeque<SQSCohort>()
    var fresh = SQSDeque<SQSCohort>()
    var returnedCohorts = SQSDeque<SQSCohort>()
    var inFlightCohorts = SQSDeque<SQSInFlightCohort>()
    var deadLetterCohorts: [SQSCohort] = []
    var workers: [SQSWorkerBatch] = []
    var abandoned: [SQSAbandonedLocks] = []
    var oldestRetainedBound = Int.min
    var sendBudget = SQSCallBudget()
    var receiveBudget = SQSCallBudget()
    var emptyReceiveCarry = 0.0
    let visibilityTicks: Int
    let retentionTicks: Int
    let delayTicks: Int
    let ticksPerSecond: Int

    /// Starts an empty queue with its workers idle.
    public init(config: SQSQueueConfig, consumer: SQSConsumerConfig, tickSeconds: Double = 0.1) {
        self.config = config
        self.consumer = consumer
        self.tickSeconds = tickSeconds
        visibilityTicks = max(1, Int((config.visibilityTimeoutSeconds / tickSeconds).rounded()))
        retentionTicks = max(1, Int((config.retentionSeconds / tickSeconds).rounded()))
        delayTicks = max(0, Int((config.deliveryDelaySeconds / tickSeconds).rounded()))
        ticksPerSecond = max(1, Int((1 / tickSeconds).rounded()))
    }

    /// Total workers.
    public var consumers: Int { consumer.consumers }
    /// Workers waiting for messages.
    public var idleConsumers: Int { max(0, consumer.consumers - busyConsumers) }
    /// Backlog per worker (visible / workers), the target-tracking metric AWS suggests for
    /// scaling a fleet on a queue; the whole backlog when there are no workers.
    public var backlogPerConsumer: Double { Double(visible) / Double(max(1, consumer.consumers)) }

    /// Changes the number of workers (busy ones beyond the new count finish their batch first).
    public mutating func setConsumers(_ count: Int) { consumer.consumers = max(0, count) }

    /// Sends `count` messages in `tick` in batches of `batchSize`; returns how many were
    /// accepted (a FIFO queue refuses calls beyond its throughput limit).
    @discardableResult
    public mutating func send(_ count: Int, tick: Int, batchSize: Int = 1) -> Int {
        guard count > 0 else { return 0 }
        var accepted = count
        if let rate = config.fifoCallsPerSecond {
            let batch = min(max(1, batchSize), SQSQueueConfig.maxBatch)
            sendBudget.refill(tick: tick, callsPerTick: Double(rate) * tickSeconds)
            accepted = min(count, sendBudget.whole * batch)
            sendBudget.spend((accepted + batch - 1) / batch)
        }
        counters.sent += accepted
        counters.throttledSends += count - accepted
        guard accepted > 0 else { return 0 }
        let cohort = SQSCohort(
            enqueueTick: tick, visibleSince: tick + delayTicks, receiveCount: 0, count: accepted)
        if delayTicks > 0 {
            Self.appendMerging(cohort, to: &delayedCohorts)
            delayed += accepted
        } else {
            Self.appendMerging(cohort, to: &fresh)
            visible += accepted
        }
        return accepted
    }

    /// Hands the dead-lettered messages (with their original enqueue ticks) to the caller,
    /// for a dead-letter queue of its own.
    public mutating func takeDeadLetters() -> [(enqueueTick: Int, count: Int)] {
        defer {
            deadLettersHandedOver += deadLetterDepth
            deadLetterDepth = 0
            deadLetterCohorts.removeAll(keepingCapacity: true)
        }
        return deadLetterCohorts.map { ($0.enqueueTick, $0.count) }
    }

    static func appendMerging(_ cohort: SQSCohort, to deque: inout SQSDeque<SQSCohort>) {
        if let last = deque.last, last.enqueueTick == cohort.enqueueTick,
            last.visibleSince == cohort.visibleSince, last.receiveCount == cohort.receiveCount
        {
            deque[deque.endIndex - 1].count += cohort.count
        } else {
            deque.append(cohort)
        }
    }
}
