import CloudSim

/// `consumers` of a queue: how many workers poll it, on what fleet, and how they work.
extension ScenarioDecoder {
    static let consumerKeys = [
        "count", "autoScalingGroup", "workersPerInstance", "ecsService", "workersPerTask", "batchSize",
        "processingTime", "errorRate", "waitTime", "shortPollInterval",
    ]
    /// Workers per queue, per instance or per task accepted at most.
    static let maximumWorkers = 100_000

    func decodeConsumers(_ consumers: ObjectReader) -> (consumer: SQSConsumerConfig, fleet: ConsumerFleet)? {
        let kind = consumers.exactlyOne(
            of: ["count", "autoScalingGroup", "ecsService"], what: "to say who consumes the queue")
        consumers.reportInapplicable(
            ["workersPerInstance"], unless: kind == nil || kind == "autoScalingGroup",
            condition: "with 'autoScalingGroup'")
        consumers.reportInapplicable(
            ["workersPerTask"], unless: kind == nil || kind == "ecsService", condition: "with 'ecsService'")
        let workers = NumberBound.range(1, Double(Self.maximumWorkers))
        var config = SQSConsumerConfig(consumers: 0, waitTimeSeconds: nil)
        config.batchSize =
            consumers.whole("batchSize", bound: .range(1, Double(SQSQueueConfig.maxBatch))) ?? 1
        config.meanProcessingSeconds =
            consumers.duration("processingTime", bound: .aboveZeroUpTo(43_200))
            ?? config.meanProcessingSeconds
        config.errorRate = consumers.number("errorRate", bound: .range(0, 1)) ?? 0
        config.waitTimeSeconds = consumers.duration("waitTime", from: 0, to: 20)
        config.shortPollIntervalSeconds =
            consumers.duration("shortPollInterval", bound: .aboveZeroUpTo(20))
            ?? config.shortPollIntervalSeconds
        let place = consumers.path
        switch kind {
        case "count":
            guard let count = consumers.whole("count", bound: .upTo(Double(Self.maximumWorkers))) else {
                return nil
            }
            config.consumers = count
            return (config, .fixed)
        case "autoScalingGroup":
            let group = consumers.located("autoScalingGroup")
            let perInstance = consumers.whole("workersPerInstance", bound: workers) ?? 1
            guard let group else { return nil }
            later {
                $0.groups.check(
                    group, noun: "auto scaling group", plural: "auto scaling groups", in: place, log: $0.log)
            }
            return (config, .autoScalingGroup(group.value, workersPerInstance: perInstance))
        case "ecsService":
            let service = consumers.located("ecsService")
            let perTask = consumers.whole("workersPerTask", bound: workers) ?? 1
            guard let service else { return nil }
            later {
                $0.ecsServices.check(
                    service, noun: "ECS service", plural: "ECS services", in: place, log: $0.log)
            }
            return (config, .ecsService(service.value, workersPerTask: perTask))
        default:
            return nil
        }
    }
}
