import CloudSim
import Dashboard

/// Hand-built edge snapshots (Route 53, CloudFront, a bucket) laid over the web-app fixture at
/// six minutes, until the engine publishes them itself.
///
/// The story: `users` resolve `www.example.com` (weighted: `blue` 80 to the `web-cdn`
/// distribution, `green` 20 straight to `web-alb`) and `api.example.com` (failover: `primary`
/// to `web-alb`, `secondary` to the `site-bucket` static page). `web-cdn` fetches from
/// `web-alb`, failing over to `site-bucket`.
enum EdgeFixture {
    /// Health-check rounds from a pattern: `+` most probes pass, `-` most fail; the reported
    /// status turns unhealthy after `threshold` failing rounds in a row.
    static func rounds(_ pattern: String, threshold: Int = 3, checkers: Int = 8) -> [Route53HealthCheckResult] {
        var failing = 0
        return pattern.enumerated().map { k, mark in
            failing = mark == "-" ? failing + 1 : 0
            let healthy = failing < threshold
            return Route53HealthCheckResult(
                tick: (k + 1) * 300, passingProbes: mark == "-" ? 0 : checkers,
                healthyCheckers: healthy ? checkers : 0, checkers: checkers, isHealthy: healthy)
        }
    }

    /// `web-cdn` warm and healthy: 91% hits, the origin sends a tenth of the bytes.
    static let healthyCloudFront: CloudFrontSnapshot = {
        var d = CloudFrontSnapshot(
        name: "web-cdn", origin: "web-alb -> site-bucket", originStatus: .healthy, requestsPerSecond: 290,
        hitRatio: 0.91, cacheHitRate: 0.94,
        hitRatioHistory: (0..<240).map { min(0.91, 0.2 + Double($0) * 0.004) }, originRequestsPerSecond: 26,
        originBytesPerSecond: 1_300_000, bytesServedPerSecond: 14_500_000, bytesSavedTotal: 5_200_000_000,
        errorRate: 0, waitingOnOrigin: 0, uncachedShare: 0.06,
        edges: [
            CloudFrontEdgeSnapshot(region: "us-east-1", index: 0, requestsPerSecond: 180, hitRatio: 0.93, fill: 0.64),
            CloudFrontEdgeSnapshot(region: "us-east-1", index: 1, requestsPerSecond: 60, hitRatio: 0.88, fill: 0.41),
            CloudFrontEdgeSnapshot(region: "eu-west-1", index: 0, requestsPerSecond: 50, hitRatio: 0.9, fill: nil),
        ],
        invalidations: 0)
        d.primaryOrigin = "web-alb"
        d.secondaryOrigin = "site-bucket"
        return d
    }()

    /// `web-cdn` whose origin stopped answering: hits still served, misses wait and then fail.
    static let unreachableCloudFront: CloudFrontSnapshot = {
        var d = healthyCloudFront
        d.originStatus = .unreachable
        d.hitRatio = 0.62
        d.cacheHitRate = 0.66
        d.hitRatioHistory = Array(healthyCloudFront.hitRatioHistory.dropLast(30)) + (0..<30).map { 0.91 - Double($0) * 0.01 }
        d.originRequestsPerSecond = 0
        d.originBytesPerSecond = 0
        d.bytesServedPerSecond = 9_100_000
        d.errorRate = 0.12
        d.waitingOnOrigin = 340
        d.invalidations = 1
        d.edges = d.edges.map { edge in
            var e = edge
            e.hitRatio -= 0.3
            return e
        }
        return d
    }()

    /// `www.example.com` weighted 80/20, both healthy, and what `users` are answered.
    static let weightedRecords = [
        record("www.example.com", "blue", "weighted 80", target: "web-cdn", rps: 232, share: 0.8),
        record("www.example.com", "green", "weighted 20", target: "web-alb", rps: 58, share: 0.2),
    ]

    /// Route 53 with only the weighted records.
    static let weightedRoute53: Route53Snapshot = {
        var zone = Route53Snapshot(
            zone: "example.com", queriesPerSecond: 4.8, metrics: Route53Metrics(), records: weightedRecords,
            healthChecks: [])
        zone.populations = [
            DNSPopulationSnapshot(
                queryName: "www.example.com", source: "users", region: "us-east-1", answer: "blue+green",
                resolverShares: [RecordShare(record: "blue", share: 0.8), RecordShare(record: "green", share: 0.2)],
                staleTTLRemaining: 0, ttlSeconds: 60)
        ]
        return zone
    }()

    /// Route 53 failing over `api.example.com`: the primary's check failed (three rounds, 90 s),
    /// Route 53 answers the secondary, and resolvers still hold the primary for 42 s more.
    static let failoverRoute53: Route53Snapshot = {
        var zone = weightedRoute53
        zone.records += [
            record("api.example.com", "primary", "failover PRIMARY", target: "web-alb", rps: 31, share: 0.41, healthy: false),
            record("api.example.com", "secondary", "failover SECONDARY", target: "site-bucket", rps: 45, share: 0.59),
        ]
        var primary = Route53HealthCheckSnapshot(
            id: "hc-primary", endpoint: "web-alb", isHealthy: false, healthyCheckers: 0, checkers: 8,
            history: rounds("++++++++------"))
        primary.isForcedFailing = true
        let secondary = Route53HealthCheckSnapshot(
            id: "hc-secondary", endpoint: "site-bucket", isHealthy: true, healthyCheckers: 8, checkers: 8,
            history: rounds("++++++++++++++"))
        zone.healthChecks = [primary, secondary]
        zone.populations += [
            DNSPopulationSnapshot(
                queryName: "api.example.com", source: "users", region: "us-east-1", answer: "secondary",
                resolverShares: [RecordShare(record: "primary", share: 0.41), RecordShare(record: "secondary", share: 0.59)],
                staleTTLRemaining: 42, ttlSeconds: 60)
        ]
        return zone
    }()

    /// The static fallback bucket.
    static let bucket = BucketSnapshot(
        name: "site-bucket", region: "eu-west-1", requestsPerSecond: 45, isReachable: true, isFailing: false)

    /// Web-app at six minutes behind the edge: `users` resolve `www.example.com`.
    static func snapshot(cloudFront: [CloudFrontSnapshot], route53: [Route53Snapshot]) -> Snapshot {
        var s = AppFixture.calm
        s.cloudFront = cloudFront
        s.route53 = route53
        s.buckets = [bucket]
        s.regions.append(RegionConfig(name: "eu-west-1", availabilityZones: ["eu-west-1a"]))
        s.traffic = s.traffic.map { source in
            var t = source
            t.target = "www.example.com"
            return t
        }
        return s
    }

    /// Healthy CloudFront, weighted records.
    static let calm = snapshot(cloudFront: [healthyCloudFront], route53: [weightedRoute53])

    /// The origin unreachable, `api.example.com` failing over.
    static let failover = snapshot(cloudFront: [unreachableCloudFront], route53: [failoverRoute53])

    /// A record snapshot.
    static func record(
        _ name: String, _ label: String, _ routing: String, target: String, rps: Double, share: Double,
        healthy: Bool = true
    ) -> Route53RecordSnapshot {
        var r = Route53RecordSnapshot(
            name: name, label: label, routing: routing, isHealthy: healthy, requestsPerSecond: rps, share: share,
            totalRequests: Int(rps * 360))
        r.target = target
        let parts = routing.split(separator: " ")
        if parts.count == 2, parts[0] == "weighted" {
            r.weight = Int(parts[1])
            r.setIdentifier = label
        }
        return r
    }
}
