/// What a distribution's traffic cost in one tick, in USD (illustrative prices, see
/// `CloudFrontPricing`).
public struct CloudFrontTickCost: Sendable, Equatable {
    /// Data transfer out to viewers.
    public var dataTransfer: Double = 0
    /// Viewer requests.
    public var requests: Double = 0
    /// Requests that reached Origin Shield.
    public var originShield: Double = 0

    /// A zero cost.
    public init() {}

    /// Sum of the parts.
    public var total: Double { dataTransfer + requests + originShield }

    /// The cost of `bytes` served and `requests` answered to viewers in `geography`.
    public static func viewers(
        bytes: Double, requests: Int, geography: CloudFrontGeography, priceClass: CloudFrontPriceClass
    ) -> CloudFrontTickCost {
        var cost = CloudFrontTickCost()
        let perGB = CloudFrontPricing.perGB(geography, priceClass: priceClass)
        cost.dataTransfer = bytes / CloudFrontPricing.bytesPerGB * perGB
        cost.requests = Double(requests) / 10_000 * CloudFrontPricing.httpsPer10kRequests
        return cost
    }

    /// Adds another cost to this one.
    public static func += (lhs: inout CloudFrontTickCost, rhs: CloudFrontTickCost) {
        lhs.dataTransfer += rhs.dataTransfer
        lhs.requests += rhs.requests
        lhs.originShield += rhs.originShield
    }
}
