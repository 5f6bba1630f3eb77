import Foundation

/// One phase of a delivery retry policy: `retries` attempts, the delay before each going from
/// `fromSeconds` to `toSeconds` (constant when equal, else exponential growth).
public struct SNSRetryPhase: Sendable, Equatable {
    /// Retries in the phase.
    public var retries: Int
    /// Delay before the phase's first retry, in seconds.
    public var fromSeconds: Double
    /// Delay before its last retry.
    public var toSeconds: Double

    /// Creates a phase.
    public init(retries: Int, fromSeconds: Double, toSeconds: Double? = nil) {
        self.retries = max(0, retries)
        self.fromSeconds = max(0, fromSeconds)
        self.toSeconds = max(0, toSeconds ?? fromSeconds)
    }

    /// Delay before the phase's `i`-th retry (0-based).
    func delay(_ i: Int) -> Double {
        guard retries > 1, fromSeconds != toSeconds, fromSeconds > 0 else {
            return i == 0 ? fromSeconds : toSeconds
        }
        return fromSeconds * Foundation.pow(toSeconds / fromSeconds, Double(i) / Double(retries - 1))
    }
}

/// The retries SNS makes after a failed delivery (reference section 7, no jitter):
/// immediate, pre-backoff, backoff and post-backoff phases.
public struct SNSRetryPolicy: Sendable, Equatable {
    /// Phases in order.
    public var phases: [SNSRetryPhase]

    /// Creates a policy.
    public init(phases: [SNSRetryPhase]) { self.phases = phases }

    /// AWS-managed endpoints (SQS, Lambda, Firehose): 3 immediate, 2 at 1 s, 10 backing off
    /// 1 s -> 20 s, 100,000 at 20 s: 100,015 retries over about 23 days.
    public static let awsManaged = SNSRetryPolicy(phases: [
        SNSRetryPhase(retries: 3, fromSeconds: 0), SNSRetryPhase(retries: 2, fromSeconds: 1),
        SNSRetryPhase(retries: 10, fromSeconds: 1, toSeconds: 20),
        SNSRetryPhase(retries: 100_000, fromSeconds: 20),
    ])
    /// Customer-managed endpoints (email, SMS, mobile push): 2 at 10 s, 10 backing off 10 s ->
    /// 600 s, 38 at 600 s: 50 retries over about 6-7 hours.
    public static let customerManaged = SNSRetryPolicy(phases: [
        SNSRetryPhase(retries: 2, fromSeconds: 10),
        SNSRetryPhase(retries: 10, fromSeconds: 10, toSeconds: 600),
        SNSRetryPhase(retries: 38, fromSeconds: 600),
    ])
    /// The default HTTP/S delivery policy: 3 retries, 20 s apart (customisable up to 100
    /// retries within 3,600 s).
    public static let httpDefault = SNSRetryPolicy(phases: [SNSRetryPhase(retries: 3, fromSeconds: 20)])

    /// Retries in all.
    public var totalRetries: Int { phases.reduce(0) { $0 + $1.retries } }

    /// Delay in seconds before retry `k` (1-based), nil past the last retry.
    public func delay(beforeRetry k: Int) -> Double? {
        var i = k - 1
        for phase in phases {
            if i < phase.retries { return phase.delay(i) }
            i -= phase.retries
        }
        return nil
    }
}
