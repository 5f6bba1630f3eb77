/// A queue as a scenario declares it: its SQS settings, how its consumers process messages,
/// and which fleet those consumers are.
public struct QueueSpec: Sendable, Equatable {
    /// Queue settings (name, type, visibility timeout, retention, delay, redrive).
    public var config: SQSQueueConfig
    /// How each consumer works: batch size, processing time, error rate, polling. For a
    /// fleet, `consumer.consumers` is recomputed from the fleet every tick.
    public var consumer: SQSConsumerConfig
    /// Who consumes the queue.
    public var fleet: ConsumerFleet
    /// The dead-letter queue (another queue of the architecture) receiving messages past
    /// `config.maxReceiveCount`; nil keeps them in this queue's dead-letter count.
    public var deadLetterQueue: String?

    /// Creates a queue declaration.
    public init(
        config: SQSQueueConfig, consumer: SQSConsumerConfig, fleet: ConsumerFleet = .fixed,
        deadLetterQueue: String? = nil
    ) {
        self.config = config
        self.consumer = consumer
        self.fleet = fleet
        self.deadLetterQueue = deadLetterQueue
    }
}

/// The fleet behind a queue's consumers.
public enum ConsumerFleet: Sendable, Equatable {
    /// `consumer.consumers` workers that are always there.
    case fixed
    /// Every InService instance of an Auto Scaling group runs `workersPerInstance` workers.
    case autoScalingGroup(String, workersPerInstance: Int)
    /// Every running task of an ECS service runs `workersPerTask` workers.
    case ecsService(String, workersPerTask: Int)
    /// Nobody polls the queue here: a dead-letter queue, or one drained by a Lambda function's
    /// event source mapping (`LambdaFunctionConfig.sqsEventSource`).
    case none
}
