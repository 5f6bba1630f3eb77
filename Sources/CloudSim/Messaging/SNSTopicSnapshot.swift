/// What a topic panel shows for one subscription.
public struct SNSSubscriptionSnapshot: Sendable, Equatable {
    /// Name.
    public var name: String
    /// Endpoint protocol.
    public var endpoint: SNSEndpointProtocol
    /// Messages delivered in the last second.
    public var deliveredPerSecond: Double
    /// Failed attempts since the start.
    public var failedAttempts: Int
    /// Messages waiting for a retry.
    public var retrying: Int
    /// Messages dead-lettered since the start.
    public var deadLettered: Int
    /// Messages dropped (no dead-letter queue) since the start.
    public var dropped: Int
}

/// What a topic panel shows, copied out of the engine.
public struct SNSTopicSnapshot: Sendable, Equatable {
    /// Topic name.
    public var name: String
    /// Whether it is a FIFO topic.
    public var fifo: Bool
    /// Messages published in the last second.
    public var publishedPerSecond: Double
    /// One entry per subscription.
    public var subscriptions: [SNSSubscriptionSnapshot]
}

extension SNSTopicState {
    /// The panel's view of the topic.
    public func snapshot() -> SNSTopicSnapshot {
        SNSTopicSnapshot(
            name: config.name, fifo: config.fifo, publishedPerSecond: publishedPerSecond,
            subscriptions: subscriptions.map {
                SNSSubscriptionSnapshot(
                    name: $0.config.name, endpoint: $0.config.endpoint,
                    deliveredPerSecond: $0.deliveredPerSecond,
                    failedAttempts: $0.failedAttempts, retrying: $0.retriesPending,
                    deadLettered: $0.deadLettered,
                    dropped: $0.dropped)
            })
    }
}
