/// Public initialisers for the messaging snapshots, so other modules (the dashboard's tests)
/// can build them by hand: the identity goes in, every figure starts at zero and is set
/// field by field. Kept apart from the types, which the engine fills with their memberwise
/// initialisers.
extension SQSQueueSnapshot {
    /// An empty queue: nothing visible, in flight or dead-lettered, no consumers.
    public init(name: String, type: SQSQueueType = .standard) {
        self.name = name
        self.type = type
        visible = 0
        inFlight = 0
        delayed = 0
        deadLetterDepth = 0
        oldestAgeSeconds = 0
        sentPerSecond = 0
        receivedPerSecond = 0
        deletedPerSecond = 0
        emptyReceivesPerSecond = 0
        consumersBusy = 0
        consumersTotal = 0
        backlogPerConsumer = 0
        consumersCrashed = false
        depthHistory = []
    }
}

extension SNSSubscriptionSnapshot {
    /// A subscription with nothing delivered or failed yet.
    public init(name: String, endpoint: SNSEndpointProtocol) {
        self.name = name
        self.endpoint = endpoint
        deliveredPerSecond = 0
        failedAttempts = 0
        retrying = 0
        deadLettered = 0
        dropped = 0
    }
}

extension SNSTopicSnapshot {
    /// A standard topic with these subscriptions and nothing published yet.
    public init(name: String, subscriptions: [SNSSubscriptionSnapshot]) {
        self.name = name
        fifo = false
        publishedPerSecond = 0
        self.subscriptions = subscriptions
    }
}
