import CloudSim
import Testing

@testable import Scenarios

/// A scenario that uses every key of the edge sections (buckets, distributions, hosted
/// zones), and the values it must decode to.
@Suite struct EdgeScenarioTests {
    static let yaml = #"""
        name: edge
        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b]
          - name: lab-1
            availabilityZones: [lab-1a]
        loadBalancers:
          - name: web-alb
            availabilityZones: [us-east-1a, us-east-1b]
            targetGroups: [{name: web-tg}]
            defaultTargetGroup: web-tg
        buckets:
          - {name: site-bucket, region: us-east-1, latencyMillis: 35}
          - {name: backup-bucket, region: eu-west-1}
          - {name: lab-bucket, region: lab-1}
        distributions:
          - name: site-cdn
            priceClass: 200
            originGroup: {primary: site-bucket, secondary: backup-bucket, failoverStatusCodes: [404, 503]}
            connectionAttempts: 2
            connectionTimeout: 5s
            behaviors:
              - pathPattern: "/api/*"
                minTTL: 0
                defaultTTL: 0
                maxTTL: 0
                share: 0.2
                catalogue: {objects: 500, zipf: 0.6, objectSize: 2KB}
              - pathPattern: "/img/*"
                minTTL: 1m
                originMaxAge: 1h
                share: 0.5
                catalogue: {objects: 1e6, objectSize: 1.5MiB}
            defaultBehavior:
              defaultTTL: 10m
              maxTTL: 1d
              share: 0.3
              catalogue: {objects: 100000, zipf: 1.0, objectSize: 50000}
            originShield: us-east-1
            clientRegions:
              - {region: us-east-1, edges: 3}
              - {region: eu-west-1, geography: europe, edges: 2}
              - {region: ap-northeast-1}
              - {region: ap-south-1}
              - {region: ap-southeast-2}
              - {region: lab-1, geography: southAmerica}
            edgeCapacity: 5000
            regionalEdgeCapacity: 20GB
            originShieldCapacity: unlimited
            errorCachingMinTTL: 30s
            staleIfError: outage
            edgeLatencyMillis: 12
          - name: api-cdn
            priceClass: PriceClass_100
            origin: web-alb
            clientRegions: [{region: sa-east-1}]
            staleIfError: 2m
        hostedZones:
          - name: example.com
            negativeTTL: 5m
            healthChecks:
              - id: alb-check
                endpoint: web-alb
                interval: 10
                failureThreshold: 2
                regions: [us-east-1, eu-west-1, ap-northeast-1]
                inverted: true
                disabled: true
              - {id: cdn-check, endpoint: site-cdn}
            records:
              - {name: www.example.com, alias: {name: site-cdn}}
              - {name: example.com, type: AAAA, alias: {kind: record, name: WWW.example.com.}}
              - name: api.example.com
                setIdentifier: blue
                routing: {weighted: 200}
                alias: {kind: load_balancer, name: web-alb, evaluateTargetHealth: false}
                healthCheck: alb-check
              - {name: api.example.com, setIdentifier: green, routing: {weighted: 0}, values: [web-alb, site-bucket], ttl: 1m}
              - name: app.example.com
                setIdentifier: main
                routing: {failover: primary}
                alias: {name: web-alb}
                healthCheck: alb-check
              - {name: app.example.com, setIdentifier: backup, routing: {failover: SECONDARY}, values: [site-bucket]}
              - {name: geo.example.com, setIdentifier: eu, routing: {geolocation: {continent: eu}}, values: [site-cdn]}
              - {name: geo.example.com, setIdentifier: ca, routing: {geolocation: {country: ca}}, values: [site-cdn]}
              - {name: geo.example.com, setIdentifier: wa, routing: {geolocation: {usState: WA}}, values: [site-cdn]}
              - {name: geo.example.com, setIdentifier: rest, routing: {geolocation: default}, values: [site-cdn]}
              - {name: near.example.com, setIdentifier: dublin, routing: {geoproximity: {region: eu-west-1, bias: 25}}, values: [backup-bucket]}
              - name: near.example.com
                setIdentifier: joburg
                routing: {geoproximity: {latitude: -26.2, longitude: 28.0, bias: -10}}
                values: [lab-bucket]
              - {name: fast.example.com, setIdentifier: virginia, routing: {latency: us-east-1}, values: [web-alb]}
              - {name: many.example.com, setIdentifier: one, routing: multivalue, values: [web-alb], healthCheck: cdn-check}
              - {name: many.example.com, setIdentifier: two, routing: multivalue, values: [site-bucket]}
              - {name: docs.example.com, type: cname, values: [docs.example.org], ttl: 1h, routing: simple}
        traffic:
          - {name: dns, target: www.example.com, pattern: {type: steady, rps: 100}}
          - {name: shouting, target: "WWW.Example.com.", pattern: {type: steady, rps: 1}}
          - {name: cdn, target: site-cdn, pattern: {type: steady, rps: 10}}
          - {name: direct, target: lab-bucket, pattern: {type: steady, rps: 10}}
          - {name: alb, target: web-alb, pattern: {type: steady, rps: 10}}
        timeline:
          - {at: 1m, setRecordWeight: {setIdentifier: green, weight: 50}}
          - {at: 2m, failHealthCheck: {check: alb-check}}
          - {at: 3m, passHealthCheck: {check: alb-check}}
          - {at: 4m, fault: {kind: "region:outage", target: eu-west-1, duration: 5m}}
          - {at: 5m, fault: {kind: "cloudfront:origin-failure", target: site-bucket, duration: 2m}}
          - {at: 6m, fault: {kind: "cloudfront:invalidate", target: site-cdn}}
          - {at: 7m, heal: {kind: "cloudfront:origin-failure", target: api-cdn}}
        """#

    let architecture: Architecture

    init() throws {
        architecture = try ScenarioLoader.parse(yaml: Self.yaml, file: "edge.yaml")
    }

    @Test func readsBucketsWithTheirLatency() {
        #expect(
            architecture.buckets == [
                S3BucketConfig(name: "site-bucket", region: "us-east-1", latencyMillis: 35),
                S3BucketConfig(name: "backup-bucket", region: "eu-west-1", latencyMillis: 20),
                S3BucketConfig(name: "lab-bucket", region: "lab-1"),
            ])
    }

    @Test func readsEveryDistributionKey() throws {
        let site = try #require(architecture.distributions.first)
        #expect(site.name == "site-cdn")
        #expect(site.priceClass == .class200)
        #expect(site.origin == .group(primary: "site-bucket", secondary: "backup-bucket"))
        #expect(site.failoverStatusCodes == [404, 503])
        #expect(
            site.originConnection == CloudFrontOriginConnection(connectionAttempts: 2, connectionTimeout: 5))
        #expect(
            site.behaviors == [
                CloudFrontCacheBehavior(
                    pathPattern: "/api/*", minTTL: 0, defaultTTL: 0, maxTTL: 0,
                    catalogue: EdgeCatalogueConfig(
                        objectCount: 500, zipfExponent: 0.6, meanObjectBytes: 2000),
                    requestShare: 0.2),
                CloudFrontCacheBehavior(
                    pathPattern: "/img/*", minTTL: 60, originMaxAge: 3600,
                    catalogue: EdgeCatalogueConfig(objectCount: 1_000_000, meanObjectBytes: 1_572_864),
                    requestShare: 0.5),
            ])
        #expect(
            site.defaultBehavior
                == CloudFrontCacheBehavior(
                    defaultTTL: 600, maxTTL: 86_400,
                    catalogue: EdgeCatalogueConfig(
                        objectCount: 100_000, zipfExponent: 1, meanObjectBytes: 50_000),
                    requestShare: 0.3))
        #expect(site.originShieldRegion == "us-east-1")
        #expect(
            site.clientRegions == [
                CloudFrontClientRegion(name: "us-east-1", geography: .northAmerica, edgeLocations: 3),
                CloudFrontClientRegion(name: "eu-west-1", geography: .europe, edgeLocations: 2),
                CloudFrontClientRegion(name: "ap-northeast-1", geography: .japan),
                CloudFrontClientRegion(name: "ap-south-1", geography: .india),
                CloudFrontClientRegion(name: "ap-southeast-2", geography: .australia),
                CloudFrontClientRegion(name: "lab-1", geography: .southAmerica),
            ])
        #expect(site.edgeCapacity == .objects(5000))
        #expect(site.regionalEdgeCacheCapacity == .bytes(20e9))
        #expect(site.originShieldCapacity == .unlimited)
        #expect(site.errorCachingMinTTL == 30)
        #expect(site.staleIfErrorSeconds == nil)
        #expect(site.edgeLatencyMillis == 12)
    }

    @Test func appliesCloudFrontDefaults() {
        #expect(
            architecture.distributions.last
                == CloudFrontDistributionConfig(
                    name: "api-cdn", priceClass: .class100, origin: .origin("web-alb"),
                    clientRegions: [CloudFrontClientRegion(name: "sa-east-1", geography: .southAmerica)],
                    staleIfErrorSeconds: 120))
    }

    @Test func readsHostedZoneAndHealthChecks() throws {
        let zone = try #require(architecture.hostedZones.first)
        #expect(architecture.hostedZones.count == 1)
        #expect(zone.name == "example.com")
        #expect(zone.negativeCacheTTLSeconds == 300)
        #expect(
            zone.healthChecks == [
                Route53HealthCheckConfig(
                    id: "alb-check", endpoint: "web-alb", interval: .fast, failureThreshold: 2,
                    regions: ["us-east-1", "eu-west-1", "ap-northeast-1"], isInverted: true, isDisabled: true),
                Route53HealthCheckConfig(id: "cdn-check", endpoint: "site-cdn"),
            ])
        #expect(zone.problems().isEmpty)
    }

    @Test func readsRecordsWithEveryTargetAndRoutingPolicy() throws {
        let records = try #require(architecture.hostedZones.first?.records)
        let geo: [Route53Record] = [
            ("eu", Route53GeoLocation.continent("EU")), ("ca", .country("CA")), ("wa", .usState("WA")),
            ("rest", .default),
        ].map {
            Route53Record(
                name: "geo.example.com", target: .values(["site-cdn"]), setIdentifier: $0.0,
                routing: .geolocation($0.1))
        }
        let expected: [Route53Record] =
            [
                Route53Record(
                    name: "www.example.com",
                    target: .alias(
                        Route53AliasTarget(
                            kind: .cloudFrontDistribution, name: "site-cdn", evaluateTargetHealth: false))),
                Route53Record(
                    name: "example.com", type: .aaaa,
                    target: .alias(Route53AliasTarget(kind: .record, name: "WWW.example.com."))),
                Route53Record(
                    name: "api.example.com",
                    target: .alias(
                        Route53AliasTarget(kind: .loadBalancer, name: "web-alb", evaluateTargetHealth: false)),
                    setIdentifier: "blue", routing: .weighted(weight: 200), healthCheckID: "alb-check"),
                Route53Record(
                    name: "api.example.com", target: .values(["web-alb", "site-bucket"]), ttlSeconds: 60,
                    setIdentifier: "green", routing: .weighted(weight: 0)),
                Route53Record(
                    name: "app.example.com",
                    target: .alias(Route53AliasTarget(kind: .loadBalancer, name: "web-alb")),
                    setIdentifier: "main", routing: .failover(.primary), healthCheckID: "alb-check"),
                Route53Record(
                    name: "app.example.com", target: .values(["site-bucket"]), setIdentifier: "backup",
                    routing: .failover(.secondary)),
            ] + geo + [
                Route53Record(
                    name: "near.example.com", target: .values(["backup-bucket"]), setIdentifier: "dublin",
                    routing: .geoproximity(Route53GeoproximityLocation(region: "eu-west-1", bias: 25))),
                Route53Record(
                    name: "near.example.com", target: .values(["lab-bucket"]), setIdentifier: "joburg",
                    routing: .geoproximity(
                        Route53GeoproximityLocation(
                            coordinates: DNSCoordinates(latitude: -26.2, longitude: 28), bias: -10))),
                Route53Record(
                    name: "fast.example.com", target: .values(["web-alb"]), setIdentifier: "virginia",
                    routing: .latency(region: "us-east-1")),
                Route53Record(
                    name: "many.example.com", target: .values(["web-alb"]), setIdentifier: "one",
                    routing: .multivalue, healthCheckID: "cdn-check"),
                Route53Record(
                    name: "many.example.com", target: .values(["site-bucket"]), setIdentifier: "two",
                    routing: .multivalue),
                Route53Record(
                    name: "docs.example.com", type: .cname, target: .values(["docs.example.org"]),
                    ttlSeconds: 3600),
            ]
        #expect(records.count == expected.count)
        for (record, wanted) in zip(records, expected) {
            #expect(record == wanted)
        }
    }

    @Test func trafficMayTargetRecordsDistributionsBucketsAndLoadBalancers() {
        #expect(
            architecture.traffic.map(\.target) == [
                "www.example.com", "WWW.Example.com.", "site-cdn", "lab-bucket", "web-alb",
            ])
    }

    @Test func readsRoute53CommandsAndEdgeFaults() {
        #expect(
            architecture.timeline == [
                TimelineEntry(at: 60, command: .setRecordWeight(setIdentifier: "green", weight: 50)),
                TimelineEntry(at: 120, command: .setHealthCheckFailing(id: "alb-check", failing: true)),
                TimelineEntry(at: 180, command: .setHealthCheckFailing(id: "alb-check", failing: false)),
                TimelineEntry(
                    at: 240,
                    command: .injectFault(
                        FaultSpec(kind: .regionOutage, target: "eu-west-1", durationSeconds: 300))),
                TimelineEntry(
                    at: 300,
                    command: .injectFault(
                        FaultSpec(kind: .originFailure, target: "site-bucket", durationSeconds: 120))),
                TimelineEntry(
                    at: 360, command: .injectFault(FaultSpec(kind: .invalidate, target: "site-cdn"))),
                TimelineEntry(at: 420, command: .heal(kind: .originFailure, target: "api-cdn")),
            ])
    }

    @Test func builtInStaticWebsiteMatchesItsBrief() throws {
        let site = try ScenarioSource.resolve("static-website")
        #expect(site.buckets == [S3BucketConfig(name: "site-bucket", region: "us-east-1")])
        let cdn = try #require(site.distributions.first)
        #expect(cdn.origin == .origin("site-bucket"))
        #expect(
            cdn.defaultBehavior.catalogue
                == EdgeCatalogueConfig(objectCount: 100_000, zipfExponent: 1, meanObjectBytes: 50_000))
        #expect(cdn.edgeCapacity == .bytes(2e9) && cdn.regionalEdgeCacheCapacity == .bytes(20e9))
        #expect(cdn.clientRegions.map(\.name) == ["us-east-1", "eu-west-1", "ap-northeast-1"])
        #expect(cdn.clientRegions.allSatisfy { $0.edgeLocations == 2 })
        let record = try #require(site.hostedZones.first?.records.first)
        #expect(site.hostedZones.first?.name == "example.com")
        #expect(record.name == "www.example.com" && record.routing == .simple)
        #expect(
            record.alias
                == Route53AliasTarget(
                    kind: .cloudFrontDistribution, name: "site-cdn", evaluateTargetHealth: false))
        let traffic = try #require(site.traffic.first)
        #expect(traffic.target == "www.example.com")
        #expect(traffic.clientRegions.map(\.share) == [0.5, 0.3, 0.2])
        let faults = site.timeline.compactMap { entry -> FaultSpec? in
            if case .injectFault(let fault) = entry.command { return fault }
            return nil
        }
        #expect(
            faults == [
                FaultSpec(kind: .invalidate, target: "site-cdn"),
                FaultSpec(kind: .originFailure, target: "site-bucket", durationSeconds: 120),
            ])
    }

    @Test func builtInMultiRegionMatchesItsBrief() throws {
        let multi = try ScenarioSource.resolve("multi-region")
        #expect(multi.regions.map(\.name) == ["us-east-1", "eu-west-1"])
        #expect(multi.loadBalancers.map(\.name) == ["use1-alb", "euw1-alb"])
        #expect(multi.autoScalingGroups.count == 2)
        let zone = try #require(multi.hostedZones.first)
        #expect(zone.healthChecks.allSatisfy { $0.interval == .fast && $0.failureThreshold == 3 })
        #expect(zone.healthChecks.map(\.endpoint) == ["use1-alb", "euw1-alb"])
        #expect(zone.records.map(\.routing) == [.failover(.primary), .failover(.secondary)])
        #expect(zone.records.map(\.alias?.name) == ["use1-alb", "euw1-alb"])
        #expect(
            zone.records.allSatisfy { $0.alias?.evaluateTargetHealth == true && $0.name == "app.example.com" }
        )
        #expect(multi.traffic.first?.target == "app.example.com")
        #expect(
            multi.timeline.contains(
                TimelineEntry(
                    at: 600,
                    command: .injectFault(
                        FaultSpec(kind: .regionOutage, target: "us-east-1", durationSeconds: 600)))))
    }
}
