import ArgumentParser
import CloudSim
import Dashboard
import Scenarios

/// `cloudtop replay FILE`: a recorded session played back in the dashboard.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract:
            "Play a recorded session back in the dashboard (record one with cloudtop dash --record FILE).",
        discussion: """
            The recorded commands apply at the ticks they applied at, so faults happen at the same \
            moments; pause, speed and step work as usual. Keys that change the simulation still \
            work: the first one makes the run diverge from the recording, and the title bar says so.
            """)

    @Argument(help: "The recording (.cloudtop file).")
    var file: String

    @OptionGroup var options: DashboardOptions

    func run() throws {
        let loaded = try loadRecording(file)  // a damaged file is reported before the terminal is checked
        let startSpeed = try options.validated()
        let replay = ReplayStatus(file: file, endTick: loaded.recording.endTick)
        try options.open(loaded.simulation(), speed: startSpeed, replay: replay)
    }
}
