/// An AWS region's place on the map, for geolocation, geoproximity and latency routing.
public struct DNSRegionInfo: Sendable, Equatable, Hashable {
    /// Region name, e.g. `us-east-1`.
    public var name: String
    /// Route 53 continent code.
    public var continent: String
    /// ISO country code.
    public var country: String
    /// US state postal code, for regions in the United States.
    public var usState: String?
    /// Approximate location of the region's data centres (the nearby metropolitan area).
    public var coordinates: DNSCoordinates

    /// Creates a region entry.
    public init(
        name: String, continent: String, country: String, usState: String? = nil, coordinates: DNSCoordinates
    ) {
        self.name = name
        self.continent = continent
        self.country = country
        self.usState = usState
        self.coordinates = coordinates
    }
}

/// The AWS regions the simulation knows, with approximate coordinates.
///
/// Client populations are named after the region they sit in (as traffic sources are), so
/// one table gives both ends of a geolocation, geoproximity or latency decision.
public enum DNSRegionCatalog {
    /// Every known region, in a fixed order.
    public static let regions: [DNSRegionInfo] = [
        entry("us-east-1", "NA", "US", "VA", 38.9, -77.4),  // N. Virginia
        entry("us-east-2", "NA", "US", "OH", 40.0, -83.0),  // Ohio
        entry("us-west-1", "NA", "US", "CA", 37.4, -121.9),  // N. California
        entry("us-west-2", "NA", "US", "OR", 45.8, -119.7),  // Oregon
        entry("ca-central-1", "NA", "CA", nil, 45.5, -73.6),  // Montreal
        entry("sa-east-1", "SA", "BR", nil, -23.5, -46.6),  // Sao Paulo
        entry("eu-west-1", "EU", "IE", nil, 53.3, -6.3),  // Dublin
        entry("eu-west-2", "EU", "GB", nil, 51.5, -0.1),  // London
        entry("eu-central-1", "EU", "DE", nil, 50.1, 8.7),  // Frankfurt
        entry("af-south-1", "AF", "ZA", nil, -33.9, 18.4),  // Cape Town
        entry("ap-south-1", "AS", "IN", nil, 19.1, 72.9),  // Mumbai
        entry("ap-southeast-1", "AS", "SG", nil, 1.35, 103.8),  // Singapore
        entry("ap-northeast-1", "AS", "JP", nil, 35.7, 139.7),  // Tokyo
        entry("ap-southeast-2", "OC", "AU", nil, -33.9, 151.2),  // Sydney
    ]

    /// The entry for a region name, if known.
    public static func region(named name: String) -> DNSRegionInfo? {
        regions.first { $0.name == name }
    }

    private static func entry(
        _ name: String, _ continent: String, _ country: String, _ state: String?, _ lat: Double, _ lon: Double
    ) -> DNSRegionInfo {
        DNSRegionInfo(
            name: name, continent: continent, country: country, usState: state,
            coordinates: DNSCoordinates(latitude: lat, longitude: lon))
    }
}
