import CloudSim

/// Checks of names the messaging and serverless sections point at, run once every name is
/// declared (a queue may name a dead-letter queue written after it, a function a topic that
/// subscribes it).
extension ScenarioDecoder {
    /// A subscription endpoint: an `sqs` one names a queue of the topic's type (SNS delivers
    /// standard topics to standard queues, FIFO topics to FIFO queues), a `lambda` one a
    /// function; HTTP/S and email endpoints are addresses outside the scenario.
    func checkSubscriptionEndpoint(
        _ endpoint: Located, kind: SNSEndpointProtocol, fifoTopic: Bool, in place: String
    ) {
        switch kind {
        case .sqs:
            checkQueueType(endpoint, fifo: fifoTopic, role: "subscribe to", in: place)
        case .lambda:
            functions.check(endpoint, noun: "function", plural: "functions", in: place, log: log)
        case .http, .email:
            break
        }
    }

    /// A subscription's dead-letter queue: a queue of the topic's type.
    func checkSubscriptionDeadLetterQueue(_ queue: Located, fifoTopic: Bool, in place: String) {
        checkQueueType(queue, fifo: fifoTopic, role: "be the dead-letter queue of", in: place)
    }

    /// Reports `queue` unless it is a declared queue whose type matches the topic's.
    private func checkQueueType(_ queue: Located, fifo: Bool, role: String, in place: String) {
        guard queues.check(queue, noun: "queue", plural: "queues", in: place, log: log),
            let type = queueTypes[queue.value], (type == .fifo) != fifo
        else { return }
        let topicKind = fifo ? "a FIFO topic" : "a standard topic"
        log.report(
            "queue '\(queue.value)' is \(type == .fifo ? "FIFO" : "standard") and cannot \(role) \(topicKind); "
                + "SNS pairs standard topics with standard queues and FIFO topics with FIFO queues",
            at: queue.mark)
    }

    /// A name that must be a queue or a topic (`sendsTo`, a dead-letter queue of a function).
    func checkQueueOrTopic(_ name: Located, in place: String) {
        (queues + topics).check(
            name, noun: "queue or topic", plural: "queues and topics", in: place, log: log)
    }

    /// An on-failure destination: a queue, a topic or a function.
    func checkDestination(_ name: Located, in place: String) {
        (queues + topics + functions).check(
            name, noun: "queue, topic or function", plural: "destinations", in: place, log: log)
    }

    /// An SQS event source: a declared queue, and for a FIFO queue batches of at most 10.
    func checkEventSourceQueue(_ queue: Located, batchSize: Located?, in place: String) {
        guard queues.check(queue, noun: "queue", plural: "queues", in: place, log: log),
            queueTypes[queue.value] == .fifo, let batchSize, let size = Int(batchSize.value),
            size > SQSQueueConfig.maxBatch
        else { return }
        log.report(
            "'batchSize' must be at most 10 for FIFO queue '\(queue.value)', got \(batchSize.value)",
            at: batchSize.mark)
    }
}
