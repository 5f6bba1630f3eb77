/// Where a subscription delivers (reference section 7).
public enum SNSEndpointProtocol: String, Sendable, Equatable {
    /// An SQS queue (AWS-managed endpoint).
    case sqs
    /// A Lambda function (AWS-managed endpoint).
    case lambda
    /// An HTTP/S endpoint (customisable delivery policy).
    case http
    /// Email (customer-managed endpoint).
    case email

    /// The retry policy SNS applies by default.
    public var defaultRetryPolicy: SNSRetryPolicy {
        switch self {
        case .sqs, .lambda: .awsManaged
        case .http: .httpDefault
        case .email: .customerManaged
        }
    }
}

/// A subscription: endpoint, filter policy, retry policy and optional dead-letter queue.
public struct SNSSubscriptionConfig: Sendable, Equatable {
    /// Name (the endpoint), for reports.
    public var name: String
    /// Endpoint protocol.
    public var endpoint: SNSEndpointProtocol
    /// Filter policy on message attributes.
    public var filter: SNSFilterPolicy
    /// Retry policy (only HTTP/S policies can be changed in AWS).
    public var retryPolicy: SNSRetryPolicy
    /// Name of the subscription's dead-letter SQS queue; without one, messages that exhaust the
    /// retries are dropped.
    public var deadLetterQueue: String?

    /// Creates a subscription with its protocol's default retry policy.
    public init(
        name: String, endpoint: SNSEndpointProtocol, filter: SNSFilterPolicy = .init(),
        retryPolicy: SNSRetryPolicy? = nil, deadLetterQueue: String? = nil
    ) {
        self.name = name
        self.endpoint = endpoint
        self.filter = filter
        self.retryPolicy = retryPolicy ?? endpoint.defaultRetryPolicy
        self.deadLetterQueue = deadLetterQueue
    }
}

/// A topic: standard or FIFO, the classes of messages published to it, its subscriptions.
public struct SNSTopicConfig: Sendable, Equatable {
    /// Name.
    public var name: String
    /// FIFO topics deliver in order per message group, to SQS queues only.
    public var fifo: Bool
    /// Classes of published messages (one class without attributes by default).
    public var classes: [SNSMessageClass]
    /// Subscriptions.
    public var subscriptions: [SNSSubscriptionConfig]

    /// Creates a topic.
    public init(
        name: String, fifo: Bool = false, classes: [SNSMessageClass] = [SNSMessageClass(name: "all")],
        subscriptions: [SNSSubscriptionConfig]
    ) {
        self.name = name
        self.fifo = fifo
        self.classes = classes
        self.subscriptions = subscriptions
    }

    /// Configuration errors, in words: FIFO topics accept only SQS subscriptions.
    public func problems() -> [String] {
        guard fifo else { return [] }
        return subscriptions.filter { $0.endpoint != .sqs }.map {
            "\(name): FIFO topics deliver only to SQS queues, not to \($0.endpoint.rawValue) (\($0.name))"
        }
    }
}
