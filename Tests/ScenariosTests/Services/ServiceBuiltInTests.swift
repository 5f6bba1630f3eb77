import CloudSim
import Testing

@testable import Scenarios

/// The messaging and serverless built-ins are wired as their descriptions say.
@Suite struct ServiceBuiltInTests {
    @Test func microservicesChainsAStageAFunctionAQueueAndItsWorkers() throws {
        let architecture = try ScenarioSource.resolve("microservices")
        #expect(architecture.traffic.first?.target == "orders-api")
        #expect(architecture.apiStages.first?.integration == .lambda("place-order"))
        #expect(architecture.functions.first?.sendsTo == ["jobs"])
        let jobs = try #require(architecture.queues.first)
        #expect(jobs.fleet == .ecsService("workers", workersPerTask: 10))
        #expect(jobs.deadLetterQueue == "jobs-dlq" && jobs.config.maxReceiveCount == 3)
        #expect(architecture.ecsServices.map(\.config.name) == ["workers"], "the course's API Gateway -> Lambda -> ECS")
        #expect(architecture.autoScalingGroups.isEmpty)
        #expect(
            architecture.timeline.contains {
                $0.command
                    == .injectFault(FaultSpec(kind: .consumerCrash, target: "jobs", durationSeconds: 180))
            })
    }

    @Test func fanOutFiltersOneTopicIntoFourQueues() throws {
        let architecture = try ScenarioSource.resolve("fan-out")
        let topic = try #require(architecture.topics.first)
        #expect(topic.subscriptions.map(\.name) == ["orders-eu", "orders-us", "refunds", "audit"])
        let shares = topic.classes.map(\.share)
        let received = topic.subscriptions.map { subscription in
            zip(topic.classes, shares).filter { subscription.filter.matches($0.0.attributes) }.map(\.1)
                .reduce(0, +)
        }
        #expect(received == [45, 40, 15, 100], "percent of publishes each queue receives")
        let failing = try #require(architecture.queues.first { $0.config.name == "orders-us" })
        #expect(failing.deadLetterQueue == "orders-us-dlq")
    }

    @Test func serverlessSpikeOutrunsTheReservationAndTheStageThrottle() throws {
        let architecture = try ScenarioSource.resolve("serverless-spike")
        let function = try #require(architecture.functions.first)
        let stage = try #require(architecture.apiStages.first)
        guard case .spike(_, let peak, _, _) = architecture.traffic.first?.pattern else {
            Issue.record("the clients' pattern is a spike")
            return
        }
        let reserved = Double(function.reservedConcurrency ?? 0)
        #expect(
            peak * function.duration.meanMs / 1000 > reserved, "the spike needs more than the reservation")
        #expect(peak > stage.rate, "the spike exceeds the stage's rate")
        #expect(
            architecture.timeline.contains {
                $0.command
                    == .injectFault(
                        FaultSpec(
                            kind: .apiThrottle, target: "prod", durationSeconds: 120, magnitude: 100))
            })
    }
}
