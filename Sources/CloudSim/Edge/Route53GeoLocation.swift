/// The location a geolocation record answers for.
///
/// Continents use Route 53's two-letter codes (`AF`, `AN`, `AS`, `EU`, `NA`, `OC`, `SA`),
/// countries ISO 3166 alpha-2 codes, US states their postal codes.
public enum Route53GeoLocation: Sendable, Equatable, Hashable {
    /// Every client on a continent.
    case continent(String)
    /// Every client in a country.
    case country(String)
    /// Clients in one US state (subdivision of country `US`).
    case usState(String)
    /// Clients that match no other record of the group, or whose location is unknown.
    case `default`

    /// How specific the location is: US state 3, country 2, continent 1, default 0.
    ///
    /// The most specific matching record wins (Canada beats North America).
    public var specificity: Int {
        switch self {
        case .usState: 3
        case .country: 2
        case .continent: 1
        case .default: 0
        }
    }

    /// Whether a client at `location` falls inside this location.
    public func matches(_ location: DNSClientLocation) -> Bool {
        switch self {
        case .continent(let code): location.continent == code
        case .country(let code): location.country == code
        case .usState(let code): location.country == "US" && location.usState == code
        case .default: true
        }
    }

    /// Readable form for panels and events, e.g. `country CA`.
    public var description: String {
        switch self {
        case .continent(let code): "continent \(code)"
        case .country(let code): "country \(code)"
        case .usState(let code): "US state \(code)"
        case .default: "default"
        }
    }
}
