/// A population of viewers in one place, served by that place's edge locations.
public struct CloudFrontClientRegion: Sendable, Equatable {
    /// Region name (as the traffic model names it, for example `us-east-1`).
    public var name: String
    /// The pricing geography the viewers are in.
    public var geography: CloudFrontGeography
    /// Number of edge locations (points of presence) sharing this region's requests; each has
    /// its own cache.
    public var edgeLocations: Int

    /// Creates a client region with at least one edge location.
    public init(name: String, geography: CloudFrontGeography = .northAmerica, edgeLocations: Int = 1) {
        self.name = name
        self.geography = geography
        self.edgeLocations = max(1, edgeLocations)
    }
}
