import CloudSim

/// `buckets`: S3-style buckets serving static websites.
extension ScenarioDecoder {
    static let bucketKeys = ["name", "region", "latencyMillis"]

    func decodeBucket(_ bucket: ObjectReader) -> S3BucketConfig? {
        let name = bucket.located("name", required: true)
        if let name, endpoints.declare(name, noun: "bucket", log: log) {
            buckets.declare(name, noun: "bucket", log: log)
        }
        let region = bucket.located("region", required: true)
        let known = region.map { checkRegion($0, in: bucket.path) } ?? false
        if let region, known, !bucketRegions.contains(region.value) {
            bucketRegions.declare(region, noun: "region", log: log)
        }
        let latency =
            bucket.number("latencyMillis", bound: .upTo(60_000)) ?? S3BucketConfig.defaultLatencyMillis
        guard let name, let region else { return nil }
        return S3BucketConfig(name: name.value, region: region.value, latencyMillis: latency)
    }
}
