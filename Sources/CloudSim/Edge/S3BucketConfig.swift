/// An S3-style bucket serving a static website: an origin for CloudFront or a direct target.
///
/// The model is deliberately small: a bucket answers every request after `latencyMillis`
/// unless its region is out (unreachable) or a `cloudfront:origin-failure` fault names it
/// (5xx answers). S3 has no documented latency; 20 ms is our choice (DECISIONS.md).
public struct S3BucketConfig: Sendable, Equatable {
    /// Default time to first byte of a GET, in milliseconds.
    public static let defaultLatencyMillis = 20.0

    /// Bucket name, as origins and records refer to it.
    public var name: String
    /// AWS region holding the bucket.
    public var region: String
    /// Time to answer one request, in milliseconds.
    public var latencyMillis: Double

    /// Creates a bucket.
    public init(name: String, region: String, latencyMillis: Double = defaultLatencyMillis) {
        self.name = name
        self.region = region
        self.latencyMillis = max(0, latencyMillis)
    }
}
