import ArgumentParser
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
            print(
                "\(file): ok (\(architecture.name): \(architecture.autoScalingGroups.count) groups, "
                    + "\(architecture.loadBalancers.count) load balancers, \(architecture.timeline.count) timeline entries)")
        } catch {
            throw CLIError(message: "\(error.diagnostics.count) problem(s) in \(file):\n" + error.description, exitCode: 2)
        }
    }
}
