/// Where asynchronous events go after their last failed attempt.
public enum LambdaFailureTarget: Sendable, Equatable {
    /// Discarded.
    case none
    /// A dead-letter queue (SQS queue or SNS topic) receiving the event.
    case deadLetterQueue(String)
    /// An on-failure destination (SQS, SNS, Lambda, EventBridge) receiving the event and its record.
    case onFailureDestination(String)
}

/// Asynchronous invocation settings (`aws-behaviour.md` section 8.5).
///
/// A failed attempt is retried up to `maximumRetryAttempts` times (0-2, default 2): 1 minute
/// before the second attempt, 2 minutes before the third. Throttled events (no concurrency)
/// stay in Lambda's internal queue and are retried with exponential backoff from 1 s to
/// 5 minutes; any event older than `maximumEventAgeSeconds` (up to 6 hours) is given up.
public struct LambdaAsyncConfig: Sendable, Equatable {
    /// Waits before the second and the third attempt, in seconds.
    public static let retryDelaysSeconds: [Double] = [60, 120]
    /// First and largest backoff after a throttle, in seconds.
    public static let firstThrottleBackoffSeconds = 1.0
    public static let maximumThrottleBackoffSeconds = 300.0

    /// Retries after a function error, 0-2.
    public var maximumRetryAttempts: Int
    /// Age in seconds after which an event is given up, 60-21,600.
    public var maximumEventAgeSeconds: Double
    /// Where given-up events go.
    public var onFailure: LambdaFailureTarget

    /// Creates the settings (AWS defaults: 2 retries, 6 hours, no target).
    public init(
        maximumRetryAttempts: Int = 2, maximumEventAgeSeconds: Double = 21_600,
        onFailure: LambdaFailureTarget = .none
    ) {
        self.maximumRetryAttempts = min(2, max(0, maximumRetryAttempts))
        self.maximumEventAgeSeconds = min(21_600, max(60, maximumEventAgeSeconds))
        self.onFailure = onFailure
    }
}
