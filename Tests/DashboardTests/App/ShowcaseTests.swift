import CloudSim
import Dashboard
import Scenarios
import Testing

/// The default scenario (`showcase`) gives every panel something to show.
@Suite struct ShowcaseTests {
    @Test func theDefaultScenarioIsTheShowcase() {
        #expect(BuiltInScenarios.defaultName == "showcase")
        #expect(AppFixture.defaultScenario.scenario == "showcase")
    }

    @Test func everyPanelIsPresentInTheDefaultScenario() {
        let present = PanelID.present(in: AppFixture.defaultScenario)
        #expect(present == PanelID.allCases, "missing: \(PanelID.allCases.filter { !present.contains($0) })")
    }

    @Test func everyServiceOfTheShowcaseIsBusyAfterSixMinutes() {
        let s = AppFixture.defaultScenario
        #expect(s.cloudFront.first.map { $0.requestsPerSecond > 0 } == true, "CloudFront serves")
        #expect(s.queues.contains { $0.name == "fulfilment" && $0.deletedPerSecond > 0 }, "workers delete jobs")
        #expect(s.queues.contains { $0.name == "emails" && $0.consumersTotal > 0 }, "Fargate tasks poll emails")
        #expect(s.topics.first.map { $0.publishedPerSecond > 0 } == true, "the function publishes")
        #expect(s.functions.first.map { $0.invocationsPerSecond > 0 } == true, "API Gateway invokes Lambda")
        #expect(s.ecsServices.first.map { $0.running >= 2 } == true, "mailer tasks run")
        #expect(s.beanstalk.first.map { $0.capacityInService == 4 } == true, "the back office serves on 4 instances")
    }
}
