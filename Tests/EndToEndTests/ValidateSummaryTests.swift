import Foundation
import Testing

/// `cloudtop validate` names what a valid scenario declares.
@Suite struct ValidateSummaryTests {
    @Test func theShowcaseSummaryNamesEveryServiceItDeclares() throws {
        let binary = try #require(Command.cloudtopBinary).path
        let file = Command.packageRoot.appendingPathComponent("Scenarios/showcase.yaml").path
        let result = try Command.run(binary, ["validate", file])
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.output
                == "\(file): ok (showcase: 2 groups, 1 load balancers, 1 distributions, 1 hosted zones, 3 queues, "
                + "1 topics, 1 functions, 1 API stages, 1 ECS services, 1 Beanstalk environments, 15 timeline entries)\n")
    }
}
