import ArgumentParser
import CloudSim
import CursesBackend
import Dashboard
import Foundation
import Scenarios

/// The options `dash` and `replay` share: how the dashboard looks and how fast it starts.
struct DashboardOptions: ParsableArguments {
    @Option(help: "Start speed: 0.25 ... 1000 (x10 style accepted) or max.")
    var speed = "x10"

    @Option(help: "Colour theme: a built-in name or a theme file.")
    var theme = "default"

    @Option(help: "Frames per second (1-60).")
    var fps = 10

    @Flag(help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    /// Checks the options and the terminal; the start speed.
    func validated() throws -> Speed {
        guard let startSpeed = Speed(parsing: speed) else {
            throw CLIError.usage(
                "--speed must be a number from 0.25 to 1000 (e.g. x10) or max, got '\(speed)'")
        }
        guard (1...60).contains(fps) else { throw CLIError.usage("--fps must be from 1 to 60, got \(fps)") }
        if let problem = TerminalSession.checkTerminalUsable() { throw CLIError.usage(problem) }
        return startSpeed
    }

    /// Runs the dashboard over `simulation` until the person quits or a signal arrives; a
    /// `recorder` is kept up to date every frame and finished after the terminal is restored.
    func open(
        _ simulation: Simulation, speed startSpeed: Speed, replay: ReplayStatus? = nil,
        recorder: SessionRecorder? = nil
    )
        throws
    {
        let (chosen, diagnostics) = ThemeLibrary.load(theme)
        for d in diagnostics { FileHandle.standardError.write(Data(("cloudtop: \(d)\n").utf8)) }
        let themes = [chosen] + ThemeLibrary.all.filter { $0.name != chosen.name }
        let runner = SimulationRunner(
            simulation: simulation, speed: startSpeed, publishInterval: 1 / Double(fps))
        let model = DashboardModel(
            snapshot: runner.latestSnapshot, width: 0, height: 0,
            themes: themes.map(ThemeStyles.init(theme:)),
            speed: startSpeed, replay: replay)
        runner.start()
        do {
            try TerminalSession.run(colorMode: noColor ? .disabled : .automatic) { session in
                var loop = DashboardLoop(backend: session.terminal, runner: runner, model: model, fps: fps)
                loop.run(
                    shouldStop: { session.pendingSignal != nil },
                    afterFrame: {
                        guard let recorder else { return }
                        recorder.update(
                            applied: runner.appliedCommands(from: recorder.logPosition),
                            tick: runner.latestSnapshot.tick,
                            now: Self.wallSeconds())
                    })
            }
        } catch {
            runner.stop()
            throw CLIError.runtime("the terminal could not be set up: \(error)")
        }
        runner.stop()
        guard let recorder else { return }
        do {
            try recorder.finish(
                applied: runner.appliedCommands(from: recorder.logPosition), tick: runner.latestSnapshot.tick)
        } catch {
            throw CLIError.runtime(error.description)
        }
    }

    /// Seconds on a monotonic clock.
    static func wallSeconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
