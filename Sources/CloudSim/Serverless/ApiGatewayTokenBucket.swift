/// API Gateway's throttle: a token bucket (`aws-behaviour.md` section 9).
///
/// The bucket holds up to `burst` tokens and refills continuously at `rate` tokens per
/// second; every request takes one token, and a request finding no whole token is answered
/// 429 Too Many Requests. Requests of a tick take tokens in order (count-based), after the
/// tick's refill; fractional tokens carry over, so a long run accepts exactly `rate` per
/// second when offered more.
public struct ApiGatewayTokenBucket: Sendable, Equatable {
    /// Account-level default per Region: 10,000 requests per second, burst 5,000 (section 9).
    public static let accountDefaultRate = 10_000.0
    public static let accountDefaultBurst = 5_000

    /// Steady-state requests per second.
    public var rate: Double
    /// Bucket size.
    public var burst: Int
    /// Tokens available now (starts full).
    public private(set) var tokens: Double

    /// A full bucket.
    public init(rate: Double, burst: Int) {
        self.rate = max(0, rate)
        self.burst = max(0, burst)
        tokens = Double(max(0, burst))
    }

    /// The account's default bucket.
    public static var accountDefault: ApiGatewayTokenBucket { .init(rate: accountDefaultRate, burst: accountDefaultBurst) }

    /// Refills for `seconds` (capped at `burst`).
    public mutating func refill(seconds: Double) {
        tokens = min(Double(burst), tokens + rate * max(0, seconds))
    }

    /// Takes a token for each of up to `requests` requests; returns how many got one.
    public mutating func take(_ requests: Int) -> Int {
        let granted = min(max(0, requests), Int((tokens + 1e-9).rounded(.down)))
        tokens = max(0, tokens - Double(granted))
        return granted
    }
}
