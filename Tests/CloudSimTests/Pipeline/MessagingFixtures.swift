@testable import CloudSim

/// Architectures with API Gateway, Lambda, SNS and SQS, built in code (no YAML).
enum MessagingFixtures {
    static let zones = Fixtures.zones
    static let region = Fixtures.region

    /// Clients sending to queue `jobs` (one SendMessage per request) drained by `consumers`
    /// fixed workers of exponential processing time `meanProcessing`.
    static func fixedConsumers(
        consumers: Int, rate: Double, meanProcessing: Double = 0.1, visibility: Double = 30,
        maxReceiveCount: Int? = nil, deadLetterQueue: String? = nil, timeline: [TimelineEntry] = []
    ) -> Architecture {
        var a = Architecture(
            name: "queue", title: "test", regions: [region],
            traffic: [TrafficSourceConfig(name: "senders", target: "jobs", pattern: .steady(rps: rate))],
            timeline: timeline)
        a.queues = [
            QueueSpec(
                config: SQSQueueConfig(
                    name: "jobs", visibilityTimeoutSeconds: visibility, maxReceiveCount: maxReceiveCount),
                consumer: SQSConsumerConfig(consumers: consumers, meanProcessingSeconds: meanProcessing),
                deadLetterQueue: deadLetterQueue)
        ]
        if let deadLetterQueue {
            a.queues.append(
                QueueSpec(
                    config: SQSQueueConfig(name: deadLetterQueue), consumer: SQSConsumerConfig(consumers: 0),
                    fleet: .none))
        }
        return a
    }

    /// Clients -> API Gateway stage `api` -> function `ingest` (sends each success to queue
    /// `jobs`) -> queue `jobs` -> workers on Auto Scaling group `workers` (4 per instance,
    /// scaling on backlog per instance, target `backlogTarget`).
    static func microservices(
        rps: RatePattern = .steady(rps: 200), stageRate: Double = 10_000, stageBurst: Int = 5_000,
        workersPerInstance: Int = 4, meanProcessing: Double = 0.1, desired: Int = 2, maxSize: Int = 20,
        backlogTarget: Double = 10, lambdaMs: Double = 20, reserved: Int? = nil,
        timeline: [TimelineEntry] = []
    ) -> Architecture {
        var a = Architecture(
            name: "microservices", title: "test", regions: [region],
            traffic: [TrafficSourceConfig(name: "clients", target: "api", pattern: rps)],
            autoScalingGroups: [
                AutoScalingGroupConfig(
                    name: "workers", instanceType: "c5.large", minSize: 1, maxSize: maxSize,
                    desiredCapacity: desired,
                    availabilityZones: zones, defaultInstanceWarmup: 60, bootSeconds: 60,
                    policies: [
                        .targetTracking(
                            TargetTrackingConfig(
                                name: "backlog", metric: .sqsBacklogPerInstance, target: backlogTarget))
                    ])
            ],
            timeline: timeline)
        a.apiStages = [
            ApiGatewayStageConfig(
                name: "api", rate: stageRate, burst: stageBurst, integration: .lambda("ingest"))
        ]
        var ingest = LambdaFunctionConfig(
            name: "ingest", memoryMB: 512, duration: .exponential(meanMs: lambdaMs),
            reservedConcurrency: reserved)
        ingest.sendsTo = ["jobs"]
        a.functions = [ingest]
        a.queues = [
            QueueSpec(
                config: SQSQueueConfig(name: "jobs"),
                consumer: SQSConsumerConfig(consumers: 0, meanProcessingSeconds: meanProcessing),
                fleet: .autoScalingGroup("workers", workersPerInstance: workersPerInstance))
        ]
        return a
    }

    /// Every service at once: clients -> stage -> function `ingest` -> topic `orders`, which
    /// fans out to queue `jobs` (ASG workers, redrive to `jobs-dlq`), function `audit`
    /// (asynchronous, failures to `failed`) and an HTTP endpoint; `ingest` also sends to queue
    /// `tasks`, drained by function `processor` (SQS event source mapping). A second source
    /// publishes to `orders` directly, a third sends to `tasks`, and a fourth calls a second
    /// stage `api-v2` (throttled at 50 rps) that shares `ingest`.
    static func everything(rps: Double = 300, timeline: [TimelineEntry] = []) -> Architecture {
        var a = microservices(rps: .steady(rps: rps), timeline: timeline)
        a.name = "everything"
        a.traffic += [
            TrafficSourceConfig(name: "publishers", target: "orders", pattern: .steady(rps: 50)),
            TrafficSourceConfig(name: "batch", target: "tasks", pattern: .steady(rps: 80)),
            TrafficSourceConfig(name: "partners", target: "api-v2", pattern: .steady(rps: 60)),
        ]
        a.apiStages.append(
            ApiGatewayStageConfig(name: "api-v2", rate: 50, burst: 20, integration: .lambda("ingest")))
        a.functions[0].sendsTo = ["orders", "tasks"]
        a.functions += [
            LambdaFunctionConfig(
                name: "audit", duration: .exponential(meanMs: 50), errorRate: 0.1,
                async: LambdaAsyncConfig(onFailure: .deadLetterQueue("failed"))),
            LambdaFunctionConfig(
                name: "processor", timeoutSeconds: 10, duration: .lognormal(medianMs: 200, sigma: 0.5),
                errorRate: 0.05,
                sqsEventSource: LambdaSQSEventSourceConfig(queue: "tasks", batchSize: 10)),
        ]
        a.topics = [
            SNSTopicConfig(
                name: "orders",
                subscriptions: [
                    SNSSubscriptionConfig(name: "jobs", endpoint: .sqs),
                    SNSSubscriptionConfig(name: "audit", endpoint: .lambda),
                    SNSSubscriptionConfig(name: "https://hooks.example.com", endpoint: .http),
                    SNSSubscriptionConfig(name: "ghost", endpoint: .sqs, deadLetterQueue: "failed"),
                ])
        ]
        a.queues[0].config = SQSQueueConfig(name: "jobs", visibilityTimeoutSeconds: 20, maxReceiveCount: 3)
        a.queues[0].deadLetterQueue = "jobs-dlq"
        a.queues += [
            QueueSpec(
                config: SQSQueueConfig(name: "tasks", visibilityTimeoutSeconds: 60, maxReceiveCount: 5),
                consumer: SQSConsumerConfig(consumers: 0), fleet: .none),
            QueueSpec(
                config: SQSQueueConfig(name: "jobs-dlq"), consumer: SQSConsumerConfig(consumers: 0),
                fleet: .none),
            QueueSpec(
                config: SQSQueueConfig(name: "failed"), consumer: SQSConsumerConfig(consumers: 0),
                fleet: .none),
        ]
        return a
    }
}
