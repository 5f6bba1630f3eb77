import CloudSim

/// `queues`: SQS queues, their redrive policies and who consumes them.
extension ScenarioDecoder {
    static let queueKeys = [
        "name", "fifo", "visibilityTimeout", "messageRetentionPeriod", "deliveryDelay",
        "receiveMessageWaitTime",
        "redrivePolicy", "consumers", "messageGroups", "highThroughput", "highThroughputCallsPerSecond",
    ]
    static let redrivePolicyKeys = ["deadLetterQueue", "maxReceiveCount"]
    static let fifoQueueKeys = ["messageGroups", "highThroughput", "highThroughputCallsPerSecond"]

    func decodeQueue(_ queue: ObjectReader) -> QueueSpec? {
        let name = queue.located("name", required: true)
        let fifo = queue.bool("fifo") ?? false
        if let name, declareService(name, noun: "queue", in: &queues) {
            queueTypes[name.value] = fifo ? .fifo : .standard
            checkMessagingName(name, noun: "queue", fifo: fifo, maximumLength: 80)
        }
        var config = SQSQueueConfig(name: name?.value ?? "", type: fifo ? .fifo : .standard)
        config.visibilityTimeoutSeconds =
            queue.duration("visibilityTimeout", from: 0, to: 43_200) ?? config.visibilityTimeoutSeconds
        config.retentionSeconds =
            queue.duration("messageRetentionPeriod", from: 60, to: 1_209_600) ?? config.retentionSeconds
        config.deliveryDelaySeconds = queue.duration("deliveryDelay", from: 0, to: 900) ?? 0
        config.receiveWaitSeconds = queue.duration("receiveMessageWaitTime", from: 0, to: 20) ?? 0
        var deadLetterQueue: String?
        if let redrive = queue.object("redrivePolicy", keys: Self.redrivePolicyKeys) {
            let target = redrive.located("deadLetterQueue", required: true)
            deadLetterQueue = target?.value
            config.maxReceiveCount = redrive.whole("maxReceiveCount", bound: .range(1, 1_000)) ?? 10
            if let target, let name {
                later { $0.checkDeadLetterQueue(target, of: name.value, in: redrive.path) }
            }
        }
        queue.reportInapplicable(Self.fifoQueueKeys, unless: fifo, condition: "to a FIFO queue (fifo: true)")
        config.messageGroups = queue.whole("messageGroups", bound: .range(1, 100_000)) ?? 1
        config.highThroughputFIFO = queue.bool("highThroughput") ?? false
        config.highThroughputCallsPerSecond =
            queue.whole("highThroughputCallsPerSecond", bound: .range(1, 1_000_000)) ?? 3_000
        if queue.has("highThroughputCallsPerSecond"), fifo, !config.highThroughputFIFO {
            log.report(
                "'highThroughputCallsPerSecond' applies only with highThroughput: true",
                at: queue.keyMark("highThroughputCallsPerSecond"))
        }
        let consumers = queue.object("consumers", keys: Self.consumerKeys).map(decodeConsumers)
        guard name != nil else { return nil }
        switch consumers {
        case .none:
            return QueueSpec(
                config: config, consumer: SQSConsumerConfig(consumers: 0), fleet: .none,
                deadLetterQueue: deadLetterQueue)
        case .some(.none):
            return nil
        case .some(.some(let decoded)):
            return QueueSpec(
                config: config, consumer: decoded.consumer, fleet: decoded.fleet,
                deadLetterQueue: deadLetterQueue)
        }
    }

    /// Reports a dead-letter queue that is not a queue, is the queue itself, or is of the
    /// other type (SQS requires a FIFO queue's DLQ to be FIFO, a standard queue's standard).
    func checkDeadLetterQueue(_ target: Located, of source: String, in place: String) {
        guard queues.check(target, noun: "queue", plural: "queues", in: place, log: log) else { return }
        if target.value == source {
            log.report("a queue cannot be its own dead-letter queue; name another queue", at: target.mark)
            return
        }
        let (sourceType, targetType) = (queueTypes[source], queueTypes[target.value])
        if let sourceType, let targetType, sourceType != targetType {
            let words: [SQSQueueType: String] = [.standard: "standard", .fifo: "FIFO"]
            log.report(
                "dead-letter queue '\(target.value)' is a \(words[targetType] ?? "") queue but '\(source)' is "
                    + "\(words[sourceType] ?? ""); SQS needs a dead-letter queue of the same type",
                at: target.mark)
        }
    }
}
