import CloudSim

/// `topics`: SNS topics, the messages published to them and their subscriptions.
extension ScenarioDecoder {
    static let topicKeys = ["name", "fifo", "messageMix", "subscriptions"]
    static let messageClassKeys = ["name", "attributes", "share"]
    static let subscriptionKeys = [
        "protocol", "endpoint", "filterPolicy", "deadLetterQueue", "deliveryPolicy",
    ]
    /// Protocols and the endpoint kind each delivers to.
    static let subscriptionProtocols: [(name: String, value: SNSEndpointProtocol)] = [
        ("sqs", .sqs), ("lambda", .lambda), ("http", .http), ("https", .http), ("email", .email),
        ("email-json", .email),
    ]
    /// SNS limits on a filter policy: attribute names, and value combinations.
    static let maximumFilterKeys = 5
    static let maximumFilterCombinations = 150

    func decodeTopic(_ topic: ObjectReader) -> SNSTopicConfig? {
        let name = topic.located("name", required: true)
        let fifo = topic.bool("fifo") ?? false
        if let name, declareService(name, noun: "topic", in: &topics) {
            checkMessagingName(name, noun: "topic", fifo: fifo, maximumLength: 256)
        }
        let classReaders = topic.objects("messageMix", nonEmpty: true, keys: Self.messageClassKeys)
        let classes = classReaders.enumerated().compactMap { decodeMessageClass($1, index: $0) }
        let readers = topic.objects("subscriptions", keys: Self.subscriptionKeys)
        let subscriptions = readers.compactMap {
            decodeSubscription($0, topic: name?.value ?? "", fifo: fifo)
        }
        guard let name, classes.count == classReaders.count, subscriptions.count == readers.count else {
            return nil
        }
        return SNSTopicConfig(
            name: name.value, fifo: fifo, classes: classes.isEmpty ? [SNSMessageClass(name: "all")] : classes,
            subscriptions: subscriptions)
    }

    /// One entry of `messageMix`: its attributes and share; named after its attributes by default.
    private func decodeMessageClass(_ entry: ObjectReader, index: Int) -> SNSMessageClass? {
        let attributes = entry.object("attributes", keys: nil)
        var values: [String: String] = [:]
        var written: [String] = []
        for key in attributes?.orderedKeys ?? [] {
            guard let value = attributes?.string(key.value) else { continue }
            values[key.value] = value
            written.append("\(key.value)=\(value)")
        }
        let share = entry.number("share", bound: .positive) ?? 1
        let name =
            entry.string("name") ?? (written.isEmpty ? "class \(index + 1)" : written.joined(separator: ","))
        guard written.count == (attributes?.orderedKeys.count ?? 0) else { return nil }
        return SNSMessageClass(name: name, attributes: values, share: share)
    }

    private func decodeSubscription(_ subscription: ObjectReader, topic: String, fifo: Bool)
        -> SNSSubscriptionConfig?
    {
        let kind = subscription.choice(
            "protocol", required: true, noun: "protocol", options: Self.subscriptionProtocols)
        let endpoint = subscription.located("endpoint", required: true)
        if fifo, let kind, kind != .sqs {
            subscription.report(
                "a FIFO topic delivers only to SQS queues, not over \(kind.rawValue); use protocol sqs",
                about: "protocol")
        }
        let place = subscription.path
        if let kind, let endpoint {
            later { $0.checkSubscriptionEndpoint(endpoint, kind: kind, fifoTopic: fifo, in: place) }
        }
        let filter = subscription.object("filterPolicy", keys: nil).flatMap(decodeFilterPolicy)
        let deadLetter = subscription.located("deadLetterQueue")
        if let deadLetter {
            later { $0.checkSubscriptionDeadLetterQueue(deadLetter, fifoTopic: fifo, in: place) }
        }
        subscription.reportInapplicable(
            ["deliveryPolicy"], unless: kind == nil || kind == .http,
            condition: "to http and https subscriptions")
        let retry = subscription.object("deliveryPolicy", keys: Self.deliveryPolicyKeys).flatMap(
            decodeDeliveryPolicy)
        guard let kind, let endpoint, subscription.has("filterPolicy") == (filter != nil),
            subscription.has("deliveryPolicy") == (retry != nil)
        else { return nil }
        return SNSSubscriptionConfig(
            name: endpoint.value, endpoint: kind, filter: filter ?? SNSFilterPolicy(), retryPolicy: retry,
            deadLetterQueue: deadLetter?.value)
    }

    /// `{attribute: [values]}`: at most 5 attributes and 150 combinations of values, as SNS allows.
    private func decodeFilterPolicy(_ policy: ObjectReader) -> SNSFilterPolicy? {
        var allowed: [String: [String]] = [:]
        var combinations = 1
        for key in policy.orderedKeys {
            guard let values = policy.strings(key.value, nonEmpty: true) else { continue }
            allowed[key.value] = values.map(\.value)
            combinations *= values.count
        }
        guard allowed.count == policy.orderedKeys.count else { return nil }
        if allowed.isEmpty {
            policy.report(
                "'filterPolicy' must name at least one attribute; leave it out to receive everything")
            return nil
        }
        if allowed.count > Self.maximumFilterKeys {
            policy.report(
                "a filter policy may name at most \(Self.maximumFilterKeys) attributes, got \(allowed.count)")
            return nil
        }
        if combinations > Self.maximumFilterCombinations {
            policy.report(
                "this filter policy has \(combinations) combinations of values; SNS allows at most "
                    + "\(Self.maximumFilterCombinations) (the product of the number of values of each attribute)"
            )
            return nil
        }
        return SNSFilterPolicy(allowed)
    }
}
