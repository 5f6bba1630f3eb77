import CloudSim
import Testing

/// API Gateway: the token bucket, usage plans and quotas, the integration timeout, the cache.
struct ServerlessApiGatewayTests {
    static func stage(rate: Double = 100, burst: Int = 50, cache: ApiGatewayCacheConfig? = nil) -> ApiGatewayStageState {
        ApiGatewayStageState(
            config: ApiGatewayStageConfig(name: "prod", rate: rate, burst: burst, integration: .lambda("fn"), cache: cache))
    }

    @Test("Accepted rate = min(offered, rate) within 1 % (Poisson offered load)", arguments: [60.0, 95.0, 150.0, 400.0])
    func acceptedRateIsTheSmallerOfOfferedAndRate(offeredRate: Double) {
        var stage = Self.stage()
        var random = SimRandom(seed: 21)
        var offered = 0
        var accepted = 0
        let ticks = 100_000
        for tick in 0..<ticks {
            let n = random.poisson(mean: offeredRate * 0.1)
            offered += n
            accepted += stage.admit(tick: tick, requests: n, random: &random).forwarded
            stage.complete(tick: tick, responses: [])
        }
        let seconds = Double(ticks) * 0.1
        let acceptedRate = Double(accepted) / seconds
        let expected = min(Double(offered) / seconds, 100)
        #expect(abs(acceptedRate / expected - 1) < 0.01, "accepted \(acceptedRate)/s vs \(expected)/s")
        #expect(stage.metrics.throttled == offered - accepted)
        print("SERVERLESS-FIDELITY token bucket offered=\(offeredRate) accepted=\(acceptedRate) expected=\(expected)")
    }

    @Test func aBurstOfExactlyBurstPassesAfterIdleAndEachExtraRequestGetsA429() {
        for extra in [0, 1, 7, 120] {
            var stage = Self.stage(rate: 100, burst: 500)
            var random = SimRandom(seed: 22)
            for tick in 0..<100 { _ = stage.admit(tick: tick, requests: 0, random: &random) }
            let result = stage.admit(tick: 100, requests: 500 + extra, random: &random)
            #expect(result.forwarded == 500)
            #expect(result.throttled == extra)
        }
    }

    @Test func accountBucketCapsEveryStage() {
        var account = ApiGatewayAccount(bucket: ApiGatewayTokenBucket(rate: 10, burst: 5))
        var a = Self.stage()
        var b = Self.stage()
        var random = SimRandom(seed: 23)
        var passed = 0
        for tick in 0..<1_000 {
            passed += a.admit(tick: tick, requests: [.init(count: 3)], account: &account, random: &random).forwarded
            passed += b.admit(tick: tick, requests: [.init(count: 3)], account: &account, random: &random).forwarded
        }
        #expect(abs(passed - 1_000) <= 6, "10 requests/s for 100 s plus the burst: \(passed)")
    }

    @Test func usagePlanQuotaAndKeyThrottleAnswer429AndUnknownKeys403() {
        let plan = ApiGatewayUsagePlan(
            name: "basic", apiKeys: ["k1"], rate: 5, burst: 5, quotaLimit: 100, quotaPeriod: .day)
        var account = ApiGatewayAccount(usagePlans: [plan])
        var stage = ApiGatewayStageState(
            config: ApiGatewayStageConfig(name: "prod", apiKeyRequired: true, integration: .queue("orders")))
        var random = SimRandom(seed: 24)
        var totals = ApiGatewayAdmission()
        for tick in 0..<600 {
            let groups = [ApiGatewayRequests(count: 2, apiKey: "k1"), ApiGatewayRequests(count: 1, apiKey: "nope")]
            let r = stage.admit(tick: tick, requests: groups, account: &account, random: &random)
            totals.forwarded += r.forwarded
            totals.quotaExceeded += r.quotaExceeded
            totals.throttled += r.throttled
            totals.forbidden += r.forbidden
        }
        #expect(totals.forwarded == 100, "the day's quota")
        #expect(totals.forbidden == 600)
        #expect(totals.quotaExceeded > 0 && totals.throttled > 0)
        #expect(totals.forwarded + totals.quotaExceeded + totals.throttled == 1_200)
        // A new day resets the quota.
        let nextDay = 864_000
        let r = stage.admit(tick: nextDay, requests: [.init(count: 3, apiKey: "k1")], account: &account, random: &random)
        #expect(r.forwarded == 3)
    }

    @Test func methodThrottleLimitsOnlyItsMethod() {
        let config = ApiGatewayStageConfig(
            name: "prod", methodThrottles: [.init(method: "POST /orders", rate: 10, burst: 10)],
            integration: .loadBalancer("web-alb"))
        var stage = ApiGatewayStageState(config: config)
        var account = ApiGatewayAccount()
        var random = SimRandom(seed: 25)
        var posts = 0
        var gets = 0
        for tick in 0..<100 {
            let groups = [ApiGatewayRequests(count: 5, method: "POST /orders"), ApiGatewayRequests(count: 5, method: "GET /orders")]
            posts += stage.admit(tick: tick, requests: [groups[0]], account: &account, random: &random).forwarded
            gets += stage.admit(tick: tick, requests: [groups[1]], account: &account, random: &random).forwarded
        }
        #expect(abs(posts - 110) <= 1, "10/s for 10 s plus the burst of 10: \(posts)")
        #expect(gets == 500)
    }

    @Test func slowIntegrationsTimeOutWith504AtTwentyNineSeconds() {
        var stage = Self.stage()
        var random = SimRandom(seed: 26)
        for tick in 0..<10 {
            let passed = stage.admit(tick: tick, requests: 4, random: &random).forwarded
            stage.complete(
                tick: tick,
                responses: [
                    .init(count: passed / 2, latencyMs: 40), .init(count: passed - passed / 2, latencyMs: 31_000),
                ])
        }
        #expect(stage.metrics.integrationTimeouts == 20)
        #expect(stage.metrics.succeeded == 20)
        #expect(abs(stage.latencyLastSecond.percentile(0.99) - 29_010) / 29_010 < 0.03)
        #expect(abs(stage.latencyLastSecond.percentile(0.25) - 50) / 50 < 0.03)
        #expect(stage.snapshot.serverErrorsPerSecond == 20)
    }

    @Test func stageCacheAnswersHitsAndForwardsTheRest() {
        let cache = ApiGatewayCacheConfig(
            ttlSeconds: 300, capacityGB: 0.5, catalogue: EdgeCatalogueConfig(objectCount: 1_000, zipfExponent: 1))
        var stage = Self.stage(rate: 10_000, burst: 5_000, cache: cache)
        var random = SimRandom(seed: 27)
        for tick in 0..<6_000 {
            _ = stage.admit(tick: tick, requests: 50, random: &random)
            stage.complete(tick: tick, responses: [])
        }
        let hitRatio = Double(stage.metrics.cacheHits) / Double(stage.metrics.requests)
        #expect(hitRatio > 0.8, "hit ratio \(hitRatio)")
        #expect(stage.metrics.cacheHits + stage.metrics.forwarded == stage.metrics.requests)
    }

    @Test func throttleFaultLowersTheStageRateAndHeals() {
        var stage = Self.stage(rate: 100, burst: 10)
        var random = SimRandom(seed: 28)
        stage.setThrottleFault(rate: 20, tick: 0)
        var passed = 0
        for tick in 0..<100 { passed += stage.admit(tick: tick, requests: 10, random: &random).forwarded }
        #expect(abs(passed - 210) <= 2, "20/s for 10 s plus the burst: \(passed)")
        stage.setThrottleFault(rate: nil, tick: 100)
        #expect(stage.bucket.rate == 100)
        #expect(stage.takeEvents().count == 2)
    }

    @Test func requestPricesFollowTheAPIType() {
        #expect(abs(ApiGatewayPricing.cost(type: .rest, requests: 2_000_000, cacheGB: nil, seconds: 60) - 7.0) < 1e-9)
        #expect(abs(ApiGatewayPricing.cost(type: .http, requests: 2_000_000, cacheGB: nil, seconds: 60) - 2.0) < 1e-9)
        #expect(abs(ApiGatewayPricing.cost(type: .rest, requests: 0, cacheGB: 0.5, seconds: 3_600) - 0.02) < 1e-9)
    }
}
