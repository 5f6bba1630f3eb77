/// A fleet of consumers polling one queue: N workers, each processing one message or one
/// batch at a time.
///
/// Processing time is exponential with the given mean (per batch), so a fleet of `consumers`
/// workers on a queue fed by Poisson sends is an M/M/c station.
public struct SQSConsumerConfig: Sendable, Equatable {
    /// Number of workers.
    public var consumers: Int
    /// Messages asked for per ReceiveMessage (`MaxNumberOfMessages`, 1 - 10).
    public var batchSize: Int
    /// Mean processing time of one batch in seconds (exponential).
    public var meanProcessingSeconds: Double
    /// Share of batches whose processing fails: they are not deleted and reappear after the
    /// visibility timeout.
    public var errorRate: Double
    /// `WaitTimeSeconds` of the workers' receives (20 s = long polling); `nil` uses the
    /// queue's `receiveWaitSeconds`.
    public var waitTimeSeconds: Double?
    /// With short polling, how often an idle worker polls an empty queue (AWS documents no
    /// figure; 0.1 s by default).
    public var shortPollIntervalSeconds: Double

    /// Creates a fleet; the defaults are one-message receives with long polling.
    public init(
        consumers: Int, batchSize: Int = 1, meanProcessingSeconds: Double = 0.1, errorRate: Double = 0,
        waitTimeSeconds: Double? = 20, shortPollIntervalSeconds: Double = 0.1
    ) {
        self.consumers = max(0, consumers)
        self.batchSize = min(max(1, batchSize), SQSQueueConfig.maxBatch)
        self.meanProcessingSeconds = max(1e-6, meanProcessingSeconds)
        self.errorRate = min(max(0, errorRate), 1)
        self.waitTimeSeconds = waitTimeSeconds.map { min(max(0, $0), 20) }
        self.shortPollIntervalSeconds = max(1e-3, shortPollIntervalSeconds)
    }
}
