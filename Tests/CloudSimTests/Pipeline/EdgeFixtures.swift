@testable import CloudSim

/// Architectures with Route 53 and CloudFront in front, built in code.
enum EdgeFixtures {
    static let east = RegionConfig(name: "us-east-1", availabilityZones: ["us-east-1a", "us-east-1b"])
    static let west = RegionConfig(name: "eu-west-1", availabilityZones: ["eu-west-1a", "eu-west-1b"])

    /// visitors -> Route 53 (www.example.com, alias) -> CloudFront -> bucket.
    static func staticSite(
        rps: Double = 2_000, objects: Int = 10_000, zipf: Double = 1.0, edgeCapacity: EdgeCacheCapacity = .objects(1_000),
        ttl: Double = CloudFrontCacheBehavior.defaultDefaultTTL, regionShares: [RegionShare]? = nil,
        behaviors: [CloudFrontCacheBehavior] = [], origin: CloudFrontOriginTarget = .origin("site-bucket"),
        timeline: [TimelineEntry] = []
    ) -> Architecture {
        let catalogue = EdgeCatalogueConfig(objectCount: objects, zipfExponent: zipf, meanObjectBytes: 50_000)
        return Architecture(
            name: "static-site", regions: [east, west],
            traffic: [
                TrafficSourceConfig(
                    name: "visitors", target: "www.example.com", pattern: .steady(rps: rps),
                    clientRegions: regionShares ?? [
                        RegionShare(region: "us-east-1", share: 0.6), RegionShare(region: "eu-west-1", share: 0.4),
                    ])
            ],
            hostedZones: [
                Route53HostedZone(
                    name: "example.com",
                    records: [
                        Route53Record(
                            name: "www.example.com",
                            target: .alias(Route53AliasTarget(kind: .cloudFrontDistribution, name: "site")))
                    ])
            ],
            distributions: [
                CloudFrontDistributionConfig(
                    name: "site", origin: origin, behaviors: behaviors,
                    defaultBehavior: CloudFrontCacheBehavior(defaultTTL: ttl, catalogue: catalogue),
                    clientRegions: [
                        CloudFrontClientRegion(name: "us-east-1", geography: .northAmerica),
                        CloudFrontClientRegion(name: "eu-west-1", geography: .europe),
                    ],
                    edgeCapacity: edgeCapacity)
            ],
            buckets: [
                S3BucketConfig(name: "site-bucket", region: "us-east-1"),
                S3BucketConfig(name: "backup-bucket", region: "eu-west-1"),
            ],
            timeline: timeline)
    }

    /// One ALB + Auto Scaling group per region; Route 53 failover between them.
    static func failover(
        rps: Double = 200, interval: Route53HealthCheckInterval = .fast, threshold: Int = 3,
        evaluateTargetHealth: Bool = false, timeline: [TimelineEntry] = []
    ) -> Architecture {
        func stack(_ region: RegionConfig, _ suffix: String) -> (AutoScalingGroupConfig, LoadBalancerConfig) {
            (
                AutoScalingGroupConfig(
                    name: "web-\(suffix)", instanceType: "m5.large", minSize: 4, maxSize: 4, desiredCapacity: 4,
                    availabilityZones: region.availabilityZones, targetGroups: ["tg-\(suffix)"], policies: []),
                LoadBalancerConfig(
                    name: "alb-\(suffix)", availabilityZones: region.availabilityZones,
                    targetGroups: [TargetGroupConfig(name: "tg-\(suffix)")],
                    defaultForward: [WeightedTargetGroup(targetGroup: "tg-\(suffix)")])
            )
        }
        let (eastGroup, eastLB) = stack(east, "use1")
        let (westGroup, westLB) = stack(west, "euw1")
        func record(_ role: Route53FailoverRole, _ lb: String, _ check: String) -> Route53Record {
            Route53Record(
                name: "app.example.com",
                target: .alias(
                    Route53AliasTarget(kind: .loadBalancer, name: lb, evaluateTargetHealth: evaluateTargetHealth)),
                setIdentifier: role == .primary ? "primary" : "secondary", routing: .failover(role),
                healthCheckID: check)
        }
        return Architecture(
            name: "failover", regions: [east, west],
            traffic: [
                TrafficSourceConfig(
                    name: "users", target: "app.example.com", pattern: .steady(rps: rps),
                    clientRegions: [RegionShare(region: "us-east-1", share: 1)])
            ],
            autoScalingGroups: [eastGroup, westGroup], loadBalancers: [eastLB, westLB],
            hostedZones: [
                Route53HostedZone(
                    name: "example.com",
                    records: [record(.primary, "alb-use1", "hc-use1"), record(.secondary, "alb-euw1", "hc-euw1")],
                    healthChecks: [
                        Route53HealthCheckConfig(
                            id: "hc-use1", endpoint: "alb-use1", interval: interval, failureThreshold: threshold),
                        Route53HealthCheckConfig(
                            id: "hc-euw1", endpoint: "alb-euw1", interval: interval, failureThreshold: threshold),
                    ])
            ],
            timeline: timeline)
    }

    /// The failover stacks, but Route 53 splits by weight between the two load balancers.
    static func weighted(_ weights: [Int], rps: Double = 400) -> Architecture {
        var architecture = failover(rps: rps)
        let lbs = ["alb-use1", "alb-euw1"]
        architecture.hostedZones[0].records = weights.enumerated().map { k, weight in
            Route53Record(
                name: "app.example.com", target: .alias(Route53AliasTarget(kind: .loadBalancer, name: lbs[k % 2])),
                setIdentifier: "w\(k)", routing: .weighted(weight: weight))
        }
        architecture.hostedZones[0].healthChecks = []
        return architecture
    }
}
