import CloudSim
import Testing
import Yams

@testable import Scenarios

/// `queues`: every key decodes to the model's value; omitted keys take AWS's defaults.
@Suite struct QueueSectionTests {
    let queues: [QueueSpec]

    init() throws {
        queues = try ServiceScenario.architecture().queues
    }

    @Test func readsEveryQueueAttributeInSeconds() throws {
        let expected = SQSQueueConfig(
            name: "jobs", visibilityTimeoutSeconds: 45, retentionSeconds: 172_800, deliveryDelaySeconds: 5,
            receiveWaitSeconds: 10, maxReceiveCount: 5)
        #expect(queues.first?.config == expected)
        #expect(queues.first?.deadLetterQueue == "jobs-dlq")
    }

    @Test func readsAnAutoScalingGroupFleetAndHowItsWorkersPoll() throws {
        let jobs = try #require(queues.first)
        #expect(jobs.fleet == .autoScalingGroup("workers", workersPerInstance: 4))
        #expect(
            jobs.consumer
                == SQSConsumerConfig(
                    consumers: 0, batchSize: 10, meanProcessingSeconds: 0.2, errorRate: 0.01,
                    waitTimeSeconds: 20,
                    shortPollIntervalSeconds: 0.5))
    }

    @Test func aQueueWithoutConsumersIsPolledByNobodyWithAWSDefaults() throws {
        let dlq = try #require(queues.first { $0.config.name == "jobs-dlq" })
        #expect(dlq.config == SQSQueueConfig(name: "jobs-dlq", retentionSeconds: 1_209_600))
        #expect(dlq.fleet == .none)
        #expect(dlq.consumer.consumers == 0)
    }

    @Test func readsFIFOSettingsAndAFixedFleet() throws {
        let orders = try #require(queues.first { $0.config.name == "orders.fifo" })
        #expect(
            orders.config
                == SQSQueueConfig(
                    name: "orders.fifo", type: .fifo, messageGroups: 8, highThroughputFIFO: true,
                    highThroughputCallsPerSecond: 9_000))
        #expect(orders.fleet == .fixed)
        #expect(orders.consumer == SQSConsumerConfig(consumers: 3, waitTimeSeconds: nil))
    }

    @Test func anECSServiceFleetIsCheckedAgainstTheDeclaredServices() {
        let yaml = """
            name: q
            regions: [{name: us-east-1, availabilityZones: [us-east-1a]}]
            queues:
              - {name: audit, consumers: {ecsService: auditor, workersPerTask: 2}}
            """
        #expect(
            ServiceScenario.diagnostics(yaml) == [
                "x.yaml:4:43: unknown ECS service 'auditor' in queues[0].consumers; no ECS service is declared"
            ])
    }

    @Test func anECSServiceFleetDecodesOnceTheServiceIsDeclared() throws {
        let yaml = """
            name: q
            regions: [{name: us-east-1, availabilityZones: [us-east-1a]}]
            queues:
              - {name: audit, consumers: {ecsService: auditor, workersPerTask: 2}}
            """
        let log = DiagnosticLog(file: "q.yaml")
        let decoder = ScenarioDecoder(log: log)
        decoder.ecsServices.declare(Located(value: "auditor", mark: nil), noun: "ECS service", log: log)
        let architecture = decoder.decode(try Yams.compose(yaml: yaml))
        #expect(log.isEmpty)
        #expect(architecture?.queues.first?.fleet == .ecsService("auditor", workersPerTask: 2))
    }

    @Test func readsDurationsInMilliseconds() {
        #expect(ScalarText.seconds("200ms") == 0.2)
        #expect(ScalarText.seconds("5ms") == 0.005)
        #expect(ScalarText.seconds("ms") == nil)
        #expect(ScalarText.durationText(43_200) == "12h")
        #expect(ScalarText.durationText(0.05) == "50ms")
        #expect(ScalarText.durationText(90) == "90s")
    }
}
