/// The viewer geographies CloudFront prices separately (the columns of the price-class table).
public enum CloudFrontGeography: String, Sendable, Equatable, CaseIterable {
    /// United States, Mexico and Canada.
    case northAmerica
    /// Europe and Israel.
    case europe
    /// South Africa, Kenya and the Middle East.
    case middleEastAfrica
    /// South America.
    case southAmerica
    /// Japan.
    case japan
    /// Australia and New Zealand.
    case australia
    /// Hong Kong, Indonesia, the Philippines, Singapore, South Korea, Taiwan and Thailand.
    case asiaPacific
    /// India.
    case india
}

/// Which edge locations a distribution may use; cheaper classes leave out costly geographies.
///
/// Viewers in a geography outside the class are served by an in-class edge (further away) and
/// billed at the cheapest in-class rate.
public enum CloudFrontPriceClass: String, Sendable, Equatable, CaseIterable {
    /// Every edge location (CloudFront's default).
    case all
    /// Price Class 200: everywhere except South America and Australia / New Zealand.
    case class200
    /// Price Class 100: North America and Europe only.
    case class100

    /// Whether this class has edge locations in `geography`.
    public func includes(_ geography: CloudFrontGeography) -> Bool {
        switch self {
        case .all: return true
        case .class200: return geography != .southAmerica && geography != .australia
        case .class100: return geography == .northAmerica || geography == .europe
        }
    }
}
