import ArgumentParser
import CloudSim
import CursesBackend
import Dashboard
import Foundation

/// `cloudtop dash`: the dashboard (the default command).
struct DashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dash", abstract: "Open the dashboard on a scenario (default: web-app).")

    @Argument(help: "A built-in scenario name or a scenario file.")
    var scenario: String?

    @Option(help: "Random seed (default: the scenario's).")
    var seed: String?

    @Option(help: "Start speed: 0.25 ... 1000 (x10 style accepted) or max.")
    var speed = "x10"

    @Option(help: "Colour theme: a built-in name or a theme file.")
    var theme = "default"

    @Option(help: "Frames per second (1-60).")
    var fps = 10

    @Flag(help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    func run() throws {
        guard let startSpeed = Speed(parsing: speed) else {
            throw CLIError.usage("--speed must be a number from 0.25 to 1000 (e.g. x10) or max, got '\(speed)'")
        }
        guard (1...60).contains(fps) else { throw CLIError.usage("--fps must be from 1 to 60, got \(fps)") }
        if let problem = TerminalSession.checkTerminalUsable() { throw CLIError.usage(problem) }
        let architecture = try loadArchitecture(scenario)
        let simulation = Simulation(architecture: architecture, seed: try parseSeed(seed))
        let (chosen, diagnostics) = ThemeLibrary.load(theme)
        for d in diagnostics { FileHandle.standardError.write(Data(("cloudtop: \(d)\n").utf8)) }
        let themes = [chosen] + ThemeLibrary.all.filter { $0.name != chosen.name }
        let runner = SimulationRunner(simulation: simulation, speed: startSpeed, publishInterval: 1 / Double(fps))
        let model = DashboardModel(
            snapshot: runner.latestSnapshot, width: 0, height: 0, themes: themes.map(ThemeStyles.init(theme:)),
            speed: startSpeed)
        runner.start()
        defer { runner.stop() }
        do {
            try TerminalSession.run(colorMode: noColor ? .disabled : .automatic) { session in
                var loop = DashboardLoop(backend: session.terminal, runner: runner, model: model, fps: fps)
                loop.run(shouldStop: { session.pendingSignal != nil })
            }
        } catch {
            throw CLIError.runtime("the terminal could not be set up: \(error)")
        }
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
