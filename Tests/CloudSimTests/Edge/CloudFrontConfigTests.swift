import CloudSim
import Testing

/// TTL clamping, behaviour matching, price classes and origin resolution.
struct CloudFrontConfigTests {
    @Test("CloudFront default TTLs are 0 / 86,400 / 31,536,000 s")
    func defaultTTLs() {
        let behavior = CloudFrontCacheBehavior()
        #expect(behavior.minTTL == 0 && behavior.defaultTTL == 86_400 && behavior.maxTTL == 31_536_000)
        #expect(behavior.effectiveTTL == 86_400)
    }

    @Test("origin max-age is clamped to [min, max]; without one the default (at least min) applies")
    func ttlClamping() {
        func ttl(_ maxAge: Double?, min: Double = 60, defaultTTL: Double = 3_600, max: Double = 86_400)
            -> Double
        {
            CloudFrontCacheBehavior(minTTL: min, defaultTTL: defaultTTL, maxTTL: max, originMaxAge: maxAge)
                .effectiveTTL
        }
        #expect(ttl(10) == 60)
        #expect(ttl(600) == 600)
        #expect(ttl(1_000_000) == 86_400)
        #expect(ttl(nil) == 3_600)
        #expect(ttl(nil, min: 120, defaultTTL: 60) == 120)
        #expect(ttl(0, min: 0) == 0)
    }

    @Test("the distribution's classes carry each behaviour's clamped TTL")
    func classesCarryClampedTTL() {
        let images = CloudFrontCacheBehavior(pathPattern: "/images/*", maxTTL: 3_600, originMaxAge: 604_800)
        let config = CloudFrontDistributionConfig(
            name: "site", origin: .origin("s3"), behaviors: [images],
            clientRegions: [CloudFrontClientRegion(name: "us-east-1")])
        let state = CloudFrontDistributionState(config: config)
        #expect(state.classes.segments.map(\.ttl) == [3_600, 86_400])
        #expect(abs(state.classes.requestShare.reduce(0, +) - 1) < 1e-12)
    }

    @Test("path patterns: ordered behaviours, first match wins, default catches the rest")
    func firstMatchWins() {
        let logo = CloudFrontCacheBehavior(pathPattern: "/images/logo.png", defaultTTL: 1)
        let images = CloudFrontCacheBehavior(pathPattern: "/images/*", defaultTTL: 2)
        let api = CloudFrontCacheBehavior(pathPattern: "/api/v?/*", defaultTTL: 0)
        let config = CloudFrontDistributionConfig(
            name: "site", origin: .origin("alb"), behaviors: [logo, images, api],
            clientRegions: [CloudFrontClientRegion(name: "us-east-1")])
        #expect(config.behavior(forPath: "/images/logo.png").defaultTTL == 1)
        #expect(config.behavior(forPath: "/images/cat.jpg").defaultTTL == 2)
        #expect(config.behavior(forPath: "/api/v2/users").defaultTTL == 0)
        #expect(config.behavior(forPath: "/index.html").pathPattern == "*")
        #expect(config.behavior(forPath: "/IMAGES/cat.jpg").pathPattern == "*")
    }

    @Test("price classes: out-of-class viewers pay the cheapest in-class rate")
    func priceClasses() {
        #expect(CloudFrontPriceClass.class100.includes(.europe))
        #expect(!CloudFrontPriceClass.class100.includes(.japan))
        #expect(!CloudFrontPriceClass.class200.includes(.southAmerica))
        #expect(CloudFrontPriceClass.class200.includes(.india))
        #expect(CloudFrontPricing.perGB(.japan, priceClass: .all) == 0.114)
        #expect(CloudFrontPricing.perGB(.japan, priceClass: .class100) == 0.085)
    }

    @Test("origin resolution: 5xx fails fast, unreachable waits attempts x timeout (30 s)")
    func originResolution() {
        let connection = CloudFrontOriginConnection()
        let group = CloudFrontOriginTarget.group(primary: "a", secondary: "b")
        let single = CloudFrontOriginTarget.origin("a")
        func resolve(_ target: CloudFrontOriginTarget, _ primary: CloudFrontOriginCondition)
            -> CloudFrontOriginResolution
        {
            .resolve(target, health: CloudFrontOriginHealth(primary: primary), connection: connection)
        }
        #expect(resolve(single, .healthy) == .init(isAvailable: true, waitSeconds: 0, triedSecondary: false))
        #expect(
            resolve(single, .serverErrors) == .init(isAvailable: false, waitSeconds: 0, triedSecondary: false)
        )
        #expect(
            resolve(single, .unreachable) == .init(isAvailable: false, waitSeconds: 30, triedSecondary: false)
        )
        #expect(
            resolve(group, .serverErrors) == .init(isAvailable: true, waitSeconds: 0, triedSecondary: true))
        #expect(
            resolve(group, .unreachable) == .init(isAvailable: true, waitSeconds: 30, triedSecondary: true))
        let short = CloudFrontOriginConnection(connectionAttempts: 2, connectionTimeout: 5)
        #expect(short.giveUpSeconds == 10)
        #expect(CloudFrontOriginConnection(connectionAttempts: 9, connectionTimeout: 60).giveUpSeconds == 30)
    }
}
