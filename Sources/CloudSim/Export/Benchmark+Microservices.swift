extension Benchmark {
    /// Workers per instance of the microservices benchmark's fleet.
    public static let microservicesWorkersPerInstance = 100
    /// Mean processing time of one message by a worker, seconds.
    public static let microservicesProcessingSeconds = 0.1

    /// API Gateway -> Lambda (5 ms, sends each request to a queue) -> SQS -> workers on an
    /// Auto Scaling group, at `messagesPerSecond`. The fleet is sized for `designRate` at
    /// 70 % busy (100 workers per instance, 0.1 s per message), so a lower rate runs on the
    /// same fleet and the two cost figures compare like for like.
    public static func microservices(messagesPerSecond: Double, designRate: Double? = nil) -> Architecture {
        let zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
        let workers = (designRate ?? messagesPerSecond) * microservicesProcessingSeconds / 0.7
        let instances = max(1, Int((workers / Double(microservicesWorkersPerInstance)).rounded(.up)))
        var a = Architecture(
            name: "microservices-bench", title: "benchmark microservices",
            regions: [RegionConfig(name: "us-east-1", availabilityZones: zones)],
            traffic: [
                TrafficSourceConfig(name: "clients", target: "api", pattern: .steady(rps: messagesPerSecond))
            ],
            autoScalingGroups: [
                AutoScalingGroupConfig(
                    name: "workers", instanceType: "c5.large", minSize: instances, maxSize: instances,
                    desiredCapacity: instances, availabilityZones: zones)
            ])
        a.apiStages = [
            ApiGatewayStageConfig(
                name: "api", apiType: .http, rate: 2 * messagesPerSecond, burst: Int(messagesPerSecond),
                integration: .lambda("ingest"))
        ]
        var ingest = LambdaFunctionConfig(name: "ingest", memoryMB: 256, duration: .exponential(meanMs: 5))
        ingest.sendsTo = ["jobs"]
        a.functions = [ingest]
        a.lambdaAccountConcurrency = 10_000
        a.queues = [
            QueueSpec(
                config: SQSQueueConfig(name: "jobs"),
                consumer: SQSConsumerConfig(
                    consumers: 0, meanProcessingSeconds: microservicesProcessingSeconds),
                fleet: .autoScalingGroup("workers", workersPerInstance: microservicesWorkersPerInstance))
        ]
        return a
    }
}
