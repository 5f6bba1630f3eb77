/// Latencies the asynchronous services answer a client with, where AWS documents none
/// (our choices, DECISIONS.md).
enum MessagingLatency {
    /// A SendMessage answered by SQS, ms.
    static let sendMessageMillis = 10.0
    /// A Publish answered by SNS, ms.
    static let publishMillis = 15.0
}
