import ArgumentParser
import CloudSim
import Dashboard
import Foundation
import Scenarios

/// `cloudtop dash`: the dashboard (the default command).
struct DashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dash", abstract: "Open the dashboard on a scenario (default: showcase).")

    @Argument(help: "A built-in scenario name or a scenario file.")
    var scenario: String?

    @Option(help: "Random seed (default: the scenario's).")
    var seed: String?

    @OptionGroup var options: DashboardOptions

    @Option(help: "Record the session to this file (replay it with cloudtop replay FILE).")
    var record: String?

    func run() throws {
        let startSpeed = try options.validated()
        let (architecture, yaml) = try loadScenarioWithText(scenario)
        let simulation = Simulation(architecture: architecture, seed: try parseSeed(seed))
        var recorder: SessionRecorder?
        if let record {
            let recording = Recording(
                recordedFrom: scenario ?? BuiltInScenarios.defaultName, scenarioYAML: yaml, seed: simulation.seed,
                tickSeconds: simulation.tickSeconds)
            do {
                recorder = try SessionRecorder(path: record, recording: recording, now: DashboardOptions.wallSeconds())
            } catch {
                throw CLIError.usage(error.description + "; choose a file in a folder you can write to")
            }
        }
        try options.open(simulation, speed: startSpeed, recorder: recorder)
    }
}

/// `cloudtop themes`: the colour themes.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List colour themes.")

    func run() {
        let width = ThemeLibrary.all.map(\.name.count).max() ?? 0
        for theme in ThemeLibrary.all {
            print(theme.name + String(repeating: " ", count: width - theme.name.count + 2) + theme.description)
        }
    }
}
