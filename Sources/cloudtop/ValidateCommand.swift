import ArgumentParser
import CloudSim
import Scenarios

/// `cloudtop validate FILE`: every problem as FILE:LINE:COLUMN: message; exit 2 on any.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check a scenario file and report every problem with its position.")

    @Argument(help: "The scenario file to check.")
    var file: String

    func run() throws {
        do {
            let architecture = try ScenarioLoader.load(path: file)
            print("\(file): ok (\(architecture.name): \(Self.summary(architecture)))")
        } catch {
            throw CLIError(message: "\(error.diagnostics.count) problem(s) in \(file):\n" + error.description, exitCode: 2)
        }
    }

    /// What the scenario declares, e.g. `2 groups, 1 load balancers, 3 queues, 15 timeline entries`;
    /// sections it leaves empty are not named, except groups and load balancers.
    static func summary(_ a: Architecture) -> String {
        let counts: [(Int, String, Bool)] = [
            (a.autoScalingGroups.count, "groups", true), (a.loadBalancers.count, "load balancers", true),
            (a.distributions.count, "distributions", false), (a.hostedZones.count, "hosted zones", false),
            (a.queues.count, "queues", false), (a.topics.count, "topics", false),
            (a.functions.count, "functions", false), (a.apiStages.count, "API stages", false),
            (a.ecsServices.count, "ECS services", false), (a.eksClusters.count, "EKS clusters", false),
            (a.beanstalkEnvironments.count, "Beanstalk environments", false),
            (a.timeline.count, "timeline entries", true),
        ]
        return counts.filter { $0.0 > 0 || $0.2 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }
}
