/// Where a population of DNS clients (and their resolvers) sits, as Route 53 sees it.
///
/// Route 53 maps the resolver's IP (or the EDNS0 client subnet) to a location; here the
/// location is given directly. `name` keys the latency table (a client region name).
public struct DNSClientLocation: Sendable, Equatable, Hashable {
    /// Name of the location, usually a client region such as `eu-west-1`.
    public var name: String
    /// Route 53 continent code (`NA`, `EU`, ...); `nil` when the IP maps to no location.
    public var continent: String?
    /// ISO country code; `nil` when unknown.
    public var country: String?
    /// US state postal code, for clients in the United States.
    public var usState: String?
    /// Approximate position, for geoproximity and latency.
    public var coordinates: DNSCoordinates

    /// Creates a location from its parts.
    public init(
        name: String, continent: String?, country: String?, usState: String? = nil,
        coordinates: DNSCoordinates
    ) {
        self.name = name
        self.continent = continent
        self.country = country
        self.usState = usState
        self.coordinates = coordinates
    }

    /// Clients in (or next to) an AWS region of `DNSRegionCatalog`; `nil` for unknown names.
    public static func region(_ name: String) -> DNSClientLocation? {
        guard let info = DNSRegionCatalog.region(named: name) else { return nil }
        return DNSClientLocation(
            name: name, continent: info.continent, country: info.country, usState: info.usState,
            coordinates: info.coordinates)
    }
}
