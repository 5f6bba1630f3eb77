import CloudSim

/// `deliveryPolicy` of an HTTP/S subscription: SNS's `healthyRetryPolicy`, the only retry
/// policy AWS lets you change.
extension ScenarioDecoder {
    static let deliveryPolicyKeys = [
        "numRetries", "numNoDelayRetries", "numMinDelayRetries", "numMaxDelayRetries", "minDelayTarget",
        "maxDelayTarget",
    ]
    /// SNS limits: 100 retries, delays of 1 s - 3,600 s, 3,600 s of retrying in all.
    static let maximumDeliveryRetries = 100
    static let maximumDeliverySeconds = 3_600.0

    /// The phases, in SNS's order: no-delay retries, retries at the minimum delay, a backoff
    /// from the minimum to the maximum delay (exponential), retries at the maximum delay.
    func decodeDeliveryPolicy(_ policy: ObjectReader) -> SNSRetryPolicy? {
        let count = NumberBound.upTo(Double(Self.maximumDeliveryRetries))
        let total = policy.whole("numRetries", bound: count) ?? 3
        let noDelay = policy.whole("numNoDelayRetries", bound: count) ?? 0
        let atMinimum = policy.whole("numMinDelayRetries", bound: count) ?? 0
        let atMaximum = policy.whole("numMaxDelayRetries", bound: count) ?? 0
        let minimum = policy.duration("minDelayTarget", from: 1, to: Self.maximumDeliverySeconds) ?? 20
        let maximum = policy.duration("maxDelayTarget", from: 1, to: Self.maximumDeliverySeconds) ?? 20
        if minimum > maximum {
            policy.report(
                "'minDelayTarget' (\(ScalarText.durationText(minimum))) must not exceed 'maxDelayTarget' "
                    + "(\(ScalarText.durationText(maximum)))", about: "minDelayTarget")
            return nil
        }
        let backoff = total - noDelay - atMinimum - atMaximum
        guard backoff >= 0 else {
            policy.report(
                "numNoDelayRetries + numMinDelayRetries + numMaxDelayRetries (\(total - backoff)) must not "
                    + "exceed numRetries (\(total))", about: "numRetries")
            return nil
        }
        let phases = [
            SNSRetryPhase(retries: noDelay, fromSeconds: 0),
            SNSRetryPhase(retries: atMinimum, fromSeconds: minimum),
            SNSRetryPhase(retries: backoff, fromSeconds: minimum, toSeconds: maximum),
            SNSRetryPhase(retries: atMaximum, fromSeconds: maximum),
        ].filter { $0.retries > 0 }
        let retry = SNSRetryPolicy(phases: phases)
        let seconds = (0..<retry.totalRetries).reduce(0.0) { $0 + (retry.delay(beforeRetry: $1 + 1) ?? 0) }
        if seconds > Self.maximumDeliverySeconds {
            policy.report(
                "these retries take \(ScalarText.format(seconds.rounded())) s in all; SNS allows at most "
                    + "3600 s of retrying for a subscription")
            return nil
        }
        return retry
    }
}
