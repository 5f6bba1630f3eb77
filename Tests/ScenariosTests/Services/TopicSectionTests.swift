import CloudSim
import Testing

@testable import Scenarios

/// `topics`: message mix, subscriptions of every protocol, filter and delivery policies.
@Suite struct TopicSectionTests {
    let topic: SNSTopicConfig

    init() throws {
        topic = try #require(try ServiceScenario.architecture().topics.first)
    }

    @Test func readsTheMessageMixNamingUnnamedClassesAfterTheirAttributes() {
        #expect(topic.name == "orders" && !topic.fifo)
        #expect(
            topic.classes == [
                SNSMessageClass(
                    name: "region=eu,type=order", attributes: ["region": "eu", "type": "order"], share: 3),
                SNSMessageClass(
                    name: "us-refunds", attributes: ["region": "us", "type": "refund"], share: 1),
            ])
    }

    @Test func readsSubscriptionsWithTheirProtocolsDefaultRetriesFiltersAndDeadLetterQueues() {
        #expect(topic.subscriptions.count == 4)
        #expect(
            topic.subscriptions.first
                == SNSSubscriptionConfig(
                    name: "jobs", endpoint: .sqs, filter: SNSFilterPolicy(["region": ["eu"]]),
                    deadLetterQueue: "jobs-dlq"))
        #expect(topic.subscriptions[1] == SNSSubscriptionConfig(name: "worker", endpoint: .lambda))
        #expect(topic.subscriptions[3] == SNSSubscriptionConfig(name: "ops@example.com", endpoint: .email))
    }

    @Test func readsAnHTTPDeliveryPolicyAsSNSRetryPhases() {
        let https = topic.subscriptions[2]
        #expect(https.endpoint == .http && https.name == "https://example.com/hook")
        #expect(
            https.retryPolicy
                == SNSRetryPolicy(phases: [
                    SNSRetryPhase(retries: 1, fromSeconds: 0),
                    SNSRetryPhase(retries: 4, fromSeconds: 2, toSeconds: 30),
                ]))
    }

    @Test func aTopicWithoutAMessageMixPublishesOneClassWithoutAttributes() throws {
        let yaml = """
            name: t
            regions: [{name: us-east-1, availabilityZones: [us-east-1a]}]
            topics: [{name: alerts}]
            """
        let alerts = try #require(try ScenarioLoader.parse(yaml: yaml, file: "t.yaml").topics.first)
        #expect(alerts == SNSTopicConfig(name: "alerts", subscriptions: []))
    }
}
