/// The worker tier's SQS daemon (`sqsd`; section 11.1): it polls the queue and POSTs each
/// message to the application on the instance.
public struct BeanstalkWorkerDaemon: Sendable, Equatable {
    /// The queue it polls.
    public var queue: String
    /// Concurrent POSTs per instance (`HttpConnections`; our default 50, see DECISIONS.md).
    public var httpConnections: Int
    /// Queue visibility timeout (300 s), inactivity timeout (299 s), error visibility timeout (2 s).
    public var visibilityTimeoutSeconds: Double
    public var inactivityTimeoutSeconds: Double
    public var errorVisibilityTimeoutSeconds: Double
    /// Mean seconds the application takes per message.
    public var meanProcessingSeconds: Double

    /// Creates a daemon with the documented defaults.
    public init(
        queue: String, httpConnections: Int = 50, visibilityTimeoutSeconds: Double = 300,
        inactivityTimeoutSeconds: Double = 299, errorVisibilityTimeoutSeconds: Double = 2,
        meanProcessingSeconds: Double = 1
    ) {
        self.queue = queue
        self.httpConnections = max(1, httpConnections)
        self.visibilityTimeoutSeconds = visibilityTimeoutSeconds
        self.inactivityTimeoutSeconds = inactivityTimeoutSeconds
        self.errorVisibilityTimeoutSeconds = errorVisibilityTimeoutSeconds
        self.meanProcessingSeconds = max(1e-3, meanProcessingSeconds)
    }

    /// The consumer fleet the SQS model should run for `instancesInService` healthy instances.
    public func consumers(instancesInService: Int) -> SQSConsumerConfig {
        SQSConsumerConfig(consumers: instancesInService * httpConnections, meanProcessingSeconds: meanProcessingSeconds)
    }
}
