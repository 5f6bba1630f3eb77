/// Illustrative round-trip latency from a client location to an AWS region, for latency routing.
///
/// Route 53 uses its own measurements, which AWS does not publish. The table derives a
/// plausible value from distance: `baseMillis + km × millisPerKm`, with defaults 5 ms and
/// 0.015 ms/km (light in fibre covers 100 km of round trip per ms; paths run about 1.5× the
/// great circle). That gives us-east-1 → eu-west-1 ≈ 87 ms, us-east-1 → ap-northeast-1
/// ≈ 168 ms, a client in its own region 5 ms. `overrides` sets measured pairs, e.g. to
/// model a degraded path that makes clients switch regions.
public struct DNSLatencyTable: Sendable, Equatable {
    /// Fixed part of every round trip (last mile, processing), ms.
    public var baseMillis: Double
    /// Added per kilometre of great-circle distance, ms.
    public var millisPerKm: Double
    /// Explicit values keyed by client location name, then region name, ms.
    public var overrides: [String: [String: Double]]

    /// Creates a table; the defaults give the values in the type's description.
    public init(
        baseMillis: Double = 5, millisPerKm: Double = 0.015, overrides: [String: [String: Double]] = [:]
    ) {
        self.baseMillis = baseMillis
        self.millisPerKm = millisPerKm
        self.overrides = overrides
    }

    /// Latency in ms from a client location to a region; an unknown region counts as infinitely far.
    public func millis(from client: DNSClientLocation, to region: String) -> Double {
        if let value = overrides[client.name]?[region] { return value }
        guard let info = DNSRegionCatalog.region(named: region) else { return .infinity }
        return baseMillis + client.coordinates.distanceKm(to: info.coordinates) * millisPerKm
    }

    /// Returns a copy with one pair overridden.
    public func setting(_ millis: Double, from client: String, to region: String) -> DNSLatencyTable {
        var copy = self
        copy.overrides[client, default: [:]][region] = millis
        return copy
    }
}
