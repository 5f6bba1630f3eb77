/// The objects a distribution serves: how many there are, how skewed their popularity is, and
/// how big they are on average.
///
/// Popularity follows Zipf's law: the object of rank `i` is requested with probability
/// proportional to `1 / i^zipfExponent`. Exponents between 0.6 and 1.2 describe most web
/// workloads; a higher exponent concentrates requests on fewer objects, which caches well.
public struct EdgeCatalogueConfig: Sendable, Equatable {
    /// Number of distinct objects (cache keys); at least 1.
    public var objectCount: Int
    /// Zipf exponent of the popularity distribution (0 = uniform).
    public var zipfExponent: Double
    /// Mean object size in bytes, used for byte capacities and transfer volumes.
    public var meanObjectBytes: Double

    /// Creates a catalogue; the defaults describe a small static website
    /// (10,000 objects, Zipf 0.8, 50 kB per object; illustrative, not an AWS number).
    public init(objectCount: Int = 10_000, zipfExponent: Double = 0.8, meanObjectBytes: Double = 50_000) {
        self.objectCount = max(1, objectCount)
        self.zipfExponent = max(0, zipfExponent)
        self.meanObjectBytes = max(0, meanObjectBytes)
    }
}
