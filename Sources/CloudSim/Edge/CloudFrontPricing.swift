/// Illustrative CloudFront prices in USD, for the cost meter.
///
/// Source: `aws-behaviour.md` section 13 gives ~$0.085 per GB for the first 10 TB out to North
/// America; the request price ($0.0075 per 10,000 HTTPS requests) is the project's chosen
/// illustrative figure. The other geographies' per-GB rates are list prices for the first
/// 10 TB tier as commonly published [3p], not re-verified. Treat all of them as illustrative.
public enum CloudFrontPricing {
    /// Bytes in one billed gigabyte (AWS bills data transfer in units of 2^30 bytes).
    public static let bytesPerGB: Double = 1_073_741_824
    /// Data transfer out to viewers in North America, first 10 TB per month: $0.085 per GB.
    public static let northAmericaPerGB = 0.085
    /// HTTPS requests: $0.0075 per 10,000 (illustrative figure, applied in every geography).
    public static let httpsPer10kRequests = 0.0075
    /// Requests that reach Origin Shield: $0.0075 per 10,000 (illustrative; billed in addition).
    public static let originShieldPer10kRequests = 0.0075

    /// Per-GB rate for viewers in `geography`, first 10 TB tier (illustrative).
    public static func perGB(_ geography: CloudFrontGeography) -> Double {
        switch geography {
        case .northAmerica, .europe: return northAmericaPerGB
        case .middleEastAfrica, .southAmerica: return 0.110
        case .japan, .australia: return 0.114
        case .asiaPacific: return 0.120
        case .india: return 0.109
        }
    }

    /// The rate billed for viewers in `geography` under `priceClass`: their own rate when the
    /// class covers them, otherwise the cheapest rate inside the class.
    public static func perGB(_ geography: CloudFrontGeography, priceClass: CloudFrontPriceClass) -> Double {
        if priceClass.includes(geography) { return perGB(geography) }
        return CloudFrontGeography.allCases.filter(priceClass.includes).map(perGB).min() ?? northAmericaPerGB
    }
}
