import CloudSim
import Testing

/// Delivery retries follow the documented schedules; exhausted messages go to the DLQ.
@Suite struct MessagingSNSRetryTests {
    /// Ticks (dt = 0.1 s) at which subscription 0 made attempts for one message published at tick 1.
    static func attemptTicks(
        _ sub: SNSSubscriptionConfig, ticks: Int, success: @escaping (Int) -> Double = { _ in 0 }
    ) -> (ticks: [Int: Int], topic: SNSTopicState) {
        var topic = SNSTopicState(config: SNSTopicConfig(name: "t", subscriptions: [sub]))
        var random = SimRandom(seed: 3)
        var seen: [Int: Int] = [:]
        for tick in 1...ticks {
            let before = topic.subscriptions[0].attempts
            topic.step(
                tick: tick, published: tick == 1 ? 1 : 0, success: { _ in success(tick) }, random: &random)
            if topic.subscriptions[0].attempts > before {
                seen[tick] = topic.subscriptions[0].attempts - before
            }
            #expect(topic.problems().isEmpty, "tick \(tick)")
        }
        return (seen, topic)
    }

    @Test("failing HTTP endpoint, default policy: attempts at 0, 20, 40, 60 s, then the DLQ")
    func httpDefaultSchedule() {
        let sub = SNSSubscriptionConfig(name: "hook", endpoint: .http, deadLetterQueue: "hook-dlq")
        let (seen, topic) = Self.attemptTicks(sub, ticks: 1_000)
        #expect(seen == [1: 1, 201: 1, 401: 1, 601: 1])
        #expect(topic.subscriptions[0].deadLettered == 1 && topic.subscriptions[0].retriesPending == 0)
    }

    @Test("failing SQS endpoint: 3 immediate retries, 2 at 1 s, then backoff from 1 s toward 20 s")
    func awsManagedSchedule() {
        let sub = SNSSubscriptionConfig(name: "queue", endpoint: .sqs)
        let (seen, topic) = Self.attemptTicks(sub, ticks: 2_000)
        let times = seen.keys.sorted()
        #expect(seen[1] == 4)  // first attempt + 3 immediate retries in the same tick
        #expect(Array(times.prefix(4)) == [1, 11, 21, 31])  // 1 s, 1 s, then the backoff's first 1 s
        let gaps = zip(times.dropFirst(), times).map { $0 - $1 }
        #expect(gaps.suffix(3) == [200, 200, 200])  // post-backoff: 20 s apart
        #expect(topic.subscriptions[0].retriesPending == 1 && topic.subscriptions[0].dropped == 0)
    }

    @Test("documented totals: 100,015 retries over about 23 days; 50 over about 6-7 hours; 3 over 60 s")
    func policyTotals() {
        func span(_ policy: SNSRetryPolicy) -> Double {
            (1...policy.totalRetries).reduce(0) { $0 + (policy.delay(beforeRetry: $1) ?? 0) }
        }
        #expect(SNSRetryPolicy.awsManaged.totalRetries == 100_015)
        #expect(abs(span(.awsManaged) / 86_400 - 23.2) < 0.1)
        #expect(SNSRetryPolicy.customerManaged.totalRetries == 50)
        #expect((6 * 3_600...7 * 3_600).contains(span(.customerManaged)))
        #expect(SNSRetryPolicy.httpDefault.totalRetries == 3 && span(.httpDefault) == 60)
        #expect(SNSRetryPolicy.awsManaged.delay(beforeRetry: 100_016) == nil)
    }

    @Test(
        "exhausted deliveries go to the DLQ, or are dropped without one; a recovered endpoint gets the rest")
    func exhaustionAndRecovery() {
        let dropped = Self.attemptTicks(SNSSubscriptionConfig(name: "hook", endpoint: .http), ticks: 700)
            .topic
        #expect(dropped.subscriptions[0].dropped == 1 && dropped.subscriptions[0].deadLettered == 0)
        let recovered = Self.attemptTicks(
            SNSSubscriptionConfig(name: "hook", endpoint: .http), ticks: 700, success: { $0 < 300 ? 0 : 1 }
        ).topic
        #expect(recovered.subscriptions[0].delivered == 1 && recovered.subscriptions[0].attempts == 3)
    }

    @Test("conservation: published x matching = delivered + pending + DLQ + dropped, every tick")
    func conservationWithFlakyEndpoints() {
        let subs = [
            SNSSubscriptionConfig(name: "q", endpoint: .sqs),
            SNSSubscriptionConfig(name: "hook", endpoint: .http, deadLetterQueue: "dlq"),
            SNSSubscriptionConfig(name: "hook2", endpoint: .http),
            SNSSubscriptionConfig(name: "mail", endpoint: .email, filter: SNSFilterPolicy(["type": ["b"]])),
        ]
        let classes = [
            SNSMessageClass(name: "a", attributes: ["type": "a"]),
            SNSMessageClass(name: "b", attributes: ["type": "b"]),
        ]
        var topic = SNSTopicState(config: SNSTopicConfig(name: "t", classes: classes, subscriptions: subs))
        var random = SimRandom(seed: 5)
        for tick in 1...5_000 {
            topic.step(
                tick: tick, published: random.poisson(mean: 20), success: { _ in 0.3 }, random: &random)
            let problems = topic.problems()
            #expect(problems.isEmpty, "tick \(tick): \(problems)")
            if !problems.isEmpty { break }
        }
        #expect(topic.subscriptions[1].deadLettered > 0 && topic.subscriptions[2].dropped > 0)
        #expect(topic.subscriptions[0].dropped == 0 && topic.subscriptions[0].deadLettered == 0)
    }
}
