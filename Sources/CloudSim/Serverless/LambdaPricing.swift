/// Lambda prices, us-east-1, x86 (`aws-behaviour.md` section 8.4).
///
/// Requests $0.20 per million; duration $0.0000166667 per GB-second, billed in 1 ms steps
/// rounded up (INIT included for on-demand functions since 1 Aug 2025). Provisioned
/// concurrency is billed per GB-second while enabled; the reference does not re-verify that
/// rate, so $0.0000041667 is an illustrative list price [3p] (DECISIONS.md). The free tier is
/// not applied: the meter shows what the traffic costs, not an account's invoice.
public enum LambdaPricing {
    /// Dollars per request.
    public static let perRequest = 0.20 / 1_000_000
    /// Dollars per GB-second of billed duration (x86).
    public static let perGBSecond = 0.000_016_666_7
    /// Dollars per GB-second of provisioned concurrency kept enabled (illustrative).
    public static let provisionedPerGBSecond = 0.000_004_166_7

    /// The bill for `requests` requests and `gbSeconds` GB-seconds of duration, plus
    /// `provisionedGBSeconds` of provisioned concurrency.
    public static func cost(requests: Int, gbSeconds: Double, provisionedGBSeconds: Double = 0) -> Double {
        Double(requests) * perRequest + gbSeconds * perGBSecond + provisionedGBSeconds * provisionedPerGBSecond
    }
}
