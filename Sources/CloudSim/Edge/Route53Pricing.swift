/// Approximate Route 53 prices (us-east-1, illustrative; confirm on the AWS pricing page).
///
/// From the shared reference, section 13: $0.50 per hosted zone-month, $0.40 per million
/// standard queries (alias queries to AWS resources are free), health checks about $0.50
/// a month for AWS endpoints. The fast-interval surcharge ($1.00 a month) is a third-party
/// figure, not re-verified.
public enum Route53Pricing {
    /// Dollars per hosted zone per month.
    public static let hostedZonePerMonth = 0.50
    /// Dollars per million standard queries.
    public static let perMillionQueries = 0.40
    /// Dollars per health check per month (AWS endpoint).
    public static let healthCheckPerMonth = 0.50
    /// Extra dollars per month for a 10-second (fast) health check.
    public static let fastIntervalPerMonth = 1.00
    /// Seconds in the 30-day month the monthly prices are spread over.
    public static let secondsPerMonth = 30 * 24 * 3600.0

    /// Dollars accrued by a zone over `seconds` with `billableQueries` billed queries.
    public static func cost(zone: Route53HostedZone, seconds: Double, billableQueries: Int) -> Double {
        let checks = zone.healthChecks.reduce(0.0) { sum, check in
            sum + healthCheckPerMonth + (check.interval == .fast ? fastIntervalPerMonth : 0)
        }
        let fixed = (hostedZonePerMonth + checks) * seconds / secondsPerMonth
        return fixed + Double(billableQueries) / 1_000_000 * perMillionQueries
    }
}
