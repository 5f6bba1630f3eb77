/// Where a geoproximity record's resource is, and its bias.
///
/// Distances use the documented Route 53 formula (Developer Guide, "How Amazon Route 53 uses
/// bias to route traffic"): positive bias `biased = actual × (1 − bias/100)`, negative bias
/// `biased = actual / (1 + bias/100)`. The record with the smallest biased distance wins.
public struct Route53GeoproximityLocation: Sendable, Equatable, Hashable {
    /// The AWS region of the resource, if given as a region.
    public var region: String?
    /// Where the resource is (the region's coordinates for a region).
    public var coordinates: DNSCoordinates
    /// Bias from -99 (shrink the area served) to +99 (expand it).
    public var bias: Int

    /// A resource in an AWS region (coordinates from `DNSRegionCatalog`).
    ///
    /// A region missing from the catalog sits at (0, 0); validation reports it.
    public init(region: String, bias: Int = 0) {
        self.region = region
        coordinates = DNSRegionCatalog.region(named: region)?.coordinates ?? .init(latitude: 0, longitude: 0)
        self.bias = bias
    }

    /// A non-AWS resource at a latitude and longitude.
    public init(coordinates: DNSCoordinates, bias: Int = 0) {
        region = nil
        self.coordinates = coordinates
        self.bias = bias
    }

    /// Readable form, e.g. `us-east-1 bias +25` or `-26.2,28.0`.
    public var description: String {
        let place = region ?? "\(coordinates.latitude),\(coordinates.longitude)"
        return bias == 0 ? place : "\(place) bias \(bias > 0 ? "+" : "")\(bias)"
    }

    /// The bias-scaled distance from a client, in kilometres.
    public func biasedDistanceKm(from client: DNSCoordinates) -> Double {
        let actual = client.distanceKm(to: coordinates)
        let b = Double(min(99, max(-99, bias))) / 100
        return b >= 0 ? actual * (1 - b) : actual / (1 + b)
    }
}
