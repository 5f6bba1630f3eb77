import CloudSim
import Testing

/// Conservation holds every tick under a mixed workload with faults.
struct ServerlessInvariantTests {
    @Test func lambdaConservesInvocationsAndEventsEveryTick() {
        let configs = [
            LambdaFunctionConfig(
                name: "api", timeoutSeconds: 2, duration: .lognormal(medianMs: 300, sigma: 1), errorRate: 0.02,
                async: LambdaAsyncConfig(onFailure: .deadLetterQueue("dlq"))),
            LambdaFunctionConfig(
                name: "worker", duration: .exponential(meanMs: 800), reservedConcurrency: 30,
                sqsEventSource: .init(queue: "jobs")),
        ]
        var account = LambdaAccount(functions: configs, concurrencyLimit: 200)
        var random = SimRandom(seed: 51)
        for tick in 0..<12_000 {
            if tick == 3_000 { account.setErrorFault(function: "api", rate: 0.9, tick: tick) }
            if tick == 5_000 { account.setErrorFault(function: "api", rate: nil, tick: tick) }
            if tick == 6_000 { account.setThrottleFault(function: "worker", limit: 2, tick: tick) }
            let demands = [
                LambdaDemand(synchronous: random.poisson(mean: 30), asynchronous: random.poisson(mean: 10)),
                LambdaDemand(visibleMessages: 400),
            ]
            _ = account.step(tick: tick, demands: demands, random: &random)
            for f in account.functions {
                let problems = f.invariantViolations()
                #expect(problems.isEmpty, "tick \(tick): \(problems)")
                if !problems.isEmpty { return }
            }
            #expect(account.concurrency <= 200 + 1e-9)
        }
        #expect(account.functions[0].metrics.sentToDeadLetterQueue > 0)
        #expect(account.functions[0].metrics.timeouts > 0)
    }

    @Test func apiGatewayAnswersEveryRequestOnce() {
        var stage = ApiGatewayStageState(config: ApiGatewayStageConfig(name: "p", rate: 50, burst: 20, integration: .lambda("f")))
        var random = SimRandom(seed: 52)
        for tick in 0..<5_000 {
            let admission = stage.admit(tick: tick, requests: random.poisson(mean: 7), random: &random)
            stage.complete(tick: tick, responses: [.init(count: admission.forwarded, latencyMs: 80, succeeded: tick % 10 != 0)])
        }
        let m = stage.metrics
        #expect(m.requests == m.succeeded + m.forbidden + m.tooManyRequests + m.serverErrors)
    }
}
