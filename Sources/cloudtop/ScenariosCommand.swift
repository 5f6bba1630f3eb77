import ArgumentParser
import Scenarios

/// `cloudtop scenarios [show NAME]`: the built-in library.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios", abstract: "List the built-in scenarios, or print one as YAML.",
        subcommands: [List.self, Show.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List built-in scenarios with their titles.")

        func run() {
            let width = BuiltInScenarios.all.map(\.name.count).max() ?? 0
            for s in BuiltInScenarios.all {
                let marker = s.name == BuiltInScenarios.defaultName ? " (default)" : ""
                print(s.name + String(repeating: " ", count: width - s.name.count + 2) + s.title + marker)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a built-in scenario's YAML to copy and edit.")

        @Argument(help: "Scenario name.")
        var name: String

        func run() throws {
            guard let scenario = BuiltInScenarios.named(name) else {
                let names = BuiltInScenarios.all.map(\.name).joined(separator: ", ")
                throw CLIError.usage("no built-in scenario is called '\(name)'; choose one of: \(names)")
            }
            print(scenario.yaml, terminator: scenario.yaml.hasSuffix("\n") ? "" : "\n")
        }
    }
}
