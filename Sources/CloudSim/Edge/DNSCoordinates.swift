import Foundation

/// A point on the Earth, in degrees.
public struct DNSCoordinates: Sendable, Equatable, Hashable {
    /// Mean Earth radius used for distances, in kilometres.
    public static let earthRadiusKm = 6_371.0

    /// Latitude, -90 (south) to +90 (north).
    public var latitude: Double
    /// Longitude, -180 (west) to +180 (east).
    public var longitude: Double

    /// Creates a point.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Great-circle distance to another point in kilometres (haversine formula).
    public func distanceKm(to other: DNSCoordinates) -> Double {
        let radians = Double.pi / 180
        let dLat = (other.latitude - latitude) * radians
        let dLon = (other.longitude - longitude) * radians
        let a =
            sin(dLat / 2) * sin(dLat / 2)
            + cos(latitude * radians) * cos(other.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * Self.earthRadiusKm * asin(min(1, a.squareRoot()))
    }
}
