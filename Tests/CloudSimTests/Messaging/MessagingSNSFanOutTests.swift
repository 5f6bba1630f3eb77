import CloudSim
import Testing

/// Fan-out and filter policies: counts exact.
@Suite struct MessagingSNSFanOutTests {
    static let classes = [
        SNSMessageClass(name: "order-eu", attributes: ["type": "order", "region": "eu"], share: 4),
        SNSMessageClass(name: "order-us", attributes: ["type": "order", "region": "us"], share: 3),
        SNSMessageClass(name: "refund-eu", attributes: ["type": "refund", "region": "eu"], share: 2),
        SNSMessageClass(
            name: "refund-ap", attributes: ["type": "refund", "region": "ap", "priority": "high"], share: 1),
    ]
    static let subscriptions = [
        SNSSubscriptionConfig(name: "everything", endpoint: .sqs),
        SNSSubscriptionConfig(
            name: "orders", endpoint: .lambda, filter: SNSFilterPolicy(["type": ["order"]])),
        SNSSubscriptionConfig(
            name: "orders-eu-or-us", endpoint: .sqs,
            filter: SNSFilterPolicy(["type": ["order"], "region": ["eu", "us"]])),
        SNSSubscriptionConfig(
            name: "refunds-eu", endpoint: .http,
            filter: SNSFilterPolicy(["type": ["refund"], "region": ["eu"]])),
        SNSSubscriptionConfig(
            name: "eu-or-ap", endpoint: .email, filter: SNSFilterPolicy(["region": ["eu", "ap"]])),
        SNSSubscriptionConfig(name: "high", endpoint: .sqs, filter: SNSFilterPolicy(["priority": ["high"]])),
        SNSSubscriptionConfig(name: "case", endpoint: .sqs, filter: SNSFilterPolicy(["type": ["Order"]])),
    ]

    @Test("filter policies: AND across keys, OR within values, missing keys and case do not match")
    func filterMatrix() {
        let topic = SNSTopicState(
            config: SNSTopicConfig(name: "events", classes: Self.classes, subscriptions: Self.subscriptions))
        #expect(
            topic.matches == [
                [true, true, true, true], [true, true, false, false], [true, true, false, false],
                [false, false, true, false], [true, false, true, true], [false, false, false, true],
                [false, false, false, false],
            ])
    }

    @Test("every publish reaches every matching subscription: delivered = published x matching classes")
    func fanOutCountsExact() {
        var topic = SNSTopicState(
            config: SNSTopicConfig(name: "events", classes: Self.classes, subscriptions: Self.subscriptions))
        var random = SimRandom(seed: 1)
        for tick in 1...1_000 {
            topic.step(tick: tick, published: random.poisson(mean: 50), success: { _ in 1 }, random: &random)
            #expect(topic.problems().isEmpty)
        }
        let perClass = topic.publishedPerClass
        #expect(perClass.reduce(0, +) == topic.published)
        for (s, sub) in topic.subscriptions.enumerated() {
            let owed = perClass.indices.filter { topic.matches[s][$0] }.reduce(0) { $0 + perClass[$1] }
            #expect(
                sub.delivered == owed && sub.attempts == owed && sub.retriesPending == 0, "\(sub.config.name)"
            )
        }
        #expect(topic.subscriptions[0].delivered == topic.published)
        #expect(topic.subscriptions[6].delivered == 0)
        // Shares 4:3:2:1 -> "orders" gets about 70 % of publishes.
        let share = Double(topic.subscriptions[1].delivered) / Double(topic.published)
        #expect(abs(share - 0.7) < 0.01)
    }

    @Test("FIFO topics deliver only to SQS queues")
    func fifoTopicSubscriptions() {
        let config = SNSTopicConfig(name: "t.fifo", fifo: true, subscriptions: Self.subscriptions)
        #expect(config.problems().count == 3)
        #expect(
            SNSTopicConfig(name: "t.fifo", fifo: true, subscriptions: [Self.subscriptions[0]]).problems()
                .isEmpty)
    }

    @Test("snapshot: published and delivered per second, failures, retries")
    func snapshot() {
        let subs = [
            SNSSubscriptionConfig(name: "q", endpoint: .sqs),
            SNSSubscriptionConfig(name: "hook", endpoint: .http),
        ]
        var topic = SNSTopicState(config: SNSTopicConfig(name: "t", subscriptions: subs))
        var random = SimRandom(seed: 2)
        for tick in 1...20 {
            topic.step(tick: tick, published: 10, success: { $0 == 1 ? 0 : 1 }, random: &random)
        }
        let snap = topic.snapshot()
        #expect(snap.publishedPerSecond == 100 && snap.subscriptions[0].deliveredPerSecond == 100)
        #expect(snap.subscriptions[1].failedAttempts == 200 && snap.subscriptions[1].retrying == 200)
        #expect(snap.subscriptions[1].deliveredPerSecond == 0 && snap.subscriptions[1].endpoint == .http)
    }
}
