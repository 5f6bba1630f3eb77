import CloudSim
import Testing

@testable import Scenarios

/// `functions`: sizes, durations, concurrency, event source, sends and asynchronous settings.
@Suite struct FunctionSectionTests {
    let functions: [LambdaFunctionConfig]

    init() throws {
        functions = try ServiceScenario.architecture().functions
    }

    @Test func readsEverySettingOfAFunction() throws {
        var expected = LambdaFunctionConfig(
            name: "api-fn", memoryMB: 512, timeoutSeconds: 30, duration: .lognormal(medianMs: 80, sigma: 0.6),
            referenceMemoryMB: 1024, cpuBoundShare: 0.5, usableVCPUs: 2, runtime: .python, coldStartMs: 400,
            reservedConcurrency: 100, provisionedConcurrency: 10, errorRate: 0.02, idleReclaimSeconds: 300,
            async: LambdaAsyncConfig(
                maximumRetryAttempts: 1, maximumEventAgeSeconds: 3600,
                onFailure: .onFailureDestination("jobs-dlq")))
        expected.sendsTo = ["jobs", "orders"]
        #expect(functions.first == expected)
    }

    @Test func readsAnSQSEventSourceAndADeadLetterQueueWithLambdaDefaultsElsewhere() throws {
        let worker = try #require(functions.last)
        #expect(
            worker
                == LambdaFunctionConfig(
                    name: "worker", duration: .exponential(meanMs: 120),
                    async: LambdaAsyncConfig(onFailure: .deadLetterQueue("jobs-dlq")),
                    sqsEventSource: LambdaSQSEventSourceConfig(
                        queue: "jobs", batchSize: 100, batchingWindowSeconds: 2, maximumConcurrency: 50)))
    }

    @Test func readsAFixedDurationAndTheDefaultLognormalShape() throws {
        let yaml = """
            name: f
            regions: [{name: us-east-1, availabilityZones: [us-east-1a]}]
            functions:
              - {name: a, duration: {fixed: 250ms}}
              - {name: b, duration: {median: 1s}}
            """
        let parsed = try ScenarioLoader.parse(yaml: yaml, file: "f.yaml").functions
        #expect(parsed.map(\.duration) == [.fixed(ms: 250), .lognormal(medianMs: 1000, sigma: 0.5)])
    }
}
