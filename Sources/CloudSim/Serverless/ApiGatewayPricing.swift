/// API Gateway prices, us-east-1, first tier (`aws-behaviour.md` sections 9 and 13:
/// REST $3.50 and HTTP $1.00 per million requests [3p, illustrative]).
///
/// Requests answered 429 or 403 by the gateway are not billed (our reading of the pricing
/// page; DECISIONS.md). Cache sizes are billed per hour at list prices not in the reference
/// ([3p], illustrative).
public enum ApiGatewayPricing {
    /// Dollars per million requests.
    public static func perMillionRequests(_ type: ApiGatewayAPIType) -> Double {
        type == .rest ? 3.50 : 1.00
    }

    /// Dollars per hour of a stage cache of `capacityGB` (the smallest size that holds it).
    public static func cachePerHour(capacityGB: Double) -> Double {
        let sizes: [(gb: Double, perHour: Double)] = [
            (0.5, 0.020), (1.6, 0.038), (6.1, 0.200), (13.5, 0.250), (28.4, 0.500), (58.2, 1.000),
            (118, 1.900), (237, 3.800),
        ]
        return sizes.first { capacityGB <= $0.gb }?.perHour ?? 3.800
    }

    /// Dollars for `requests` billed requests and `seconds` of a cache of `cacheGB` (nil = none).
    public static func cost(type: ApiGatewayAPIType, requests: Int, cacheGB: Double?, seconds: Double) -> Double {
        let requestCost = Double(requests) / 1_000_000 * perMillionRequests(type)
        return requestCost + (cacheGB.map { cachePerHour(capacityGB: $0) * seconds / 3_600 } ?? 0)
    }
}
