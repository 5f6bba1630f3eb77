import CloudSim
import Testing

@testable import Scenarios

/// `apiStages`: throttles, usage plans, integrations, timeouts and the cache.
@Suite struct ApiStageSectionTests {
    let stages: [ApiGatewayStageConfig]

    init() throws {
        stages = try ServiceScenario.architecture().apiStages
    }

    @Test func readsARestStageWithEveryKey() throws {
        let catalogue = EdgeCatalogueConfig(objectCount: 500, zipfExponent: 1.1)
        let expected = ApiGatewayStageConfig(
            name: "prod", apiType: .rest, rate: 500, burst: 200,
            methodThrottles: [.init(method: "GET /items", rate: 50, burst: 20)], apiKeyRequired: true,
            integration: .lambda("api-fn"), integrationTimeoutSeconds: 10,
            cache: ApiGatewayCacheConfig(ttlSeconds: 60, capacityGB: 1.6, catalogue: catalogue),
            overheadMs: 12)
        #expect(stages.first == expected)
    }

    @Test func collectsEveryStagesUsagePlansForTheAccount() throws {
        #expect(
            try ServiceScenario.architecture().apiUsagePlans == [
                ApiGatewayUsagePlan(
                    name: "gold", apiKeys: ["k1", "k2"], rate: 100, burst: 50, quotaLimit: 10_000,
                    quotaPeriod: .month),
                ApiGatewayUsagePlan(name: "free", apiKeys: ["k3"], quotaLimit: 100, quotaPeriod: .day),
            ])
    }

    @Test func readsHTTPAndLoadBalancerIntegrationsWithTheAccountThrottle() {
        #expect(
            Array(stages.dropFirst())
                == [
                    ApiGatewayStageConfig(name: "ingest", apiType: .http, integration: .queue("jobs")),
                    ApiGatewayStageConfig(name: "legacy", integration: .loadBalancer("web-alb")),
                ])
        #expect(stages[1].integrationTimeoutSeconds == 30 && stages[2].integrationTimeoutSeconds == 29)
    }

    @Test func trafficMayTargetAStageAQueueOrATopic() throws {
        let traffic = try ServiceScenario.architecture().traffic
        #expect(traffic.map(\.target) == ["prod", "jobs", "orders"])
        #expect(traffic.map(\.apiKey) == ["k1", nil, nil])
    }

    @Test func faultsNameTheQueueFunctionOrStageTheyHit() throws {
        let timeline = try ServiceScenario.architecture().timeline
        #expect(
            timeline.map(\.command) == [
                .injectFault(FaultSpec(kind: .consumerCrash, target: "jobs", durationSeconds: 120)),
                .injectFault(FaultSpec(kind: .lambdaThrottle, target: "api-fn", magnitude: 5)),
                .injectFault(FaultSpec(kind: .apiThrottle, target: "prod", magnitude: 10)),
            ])
    }
}
