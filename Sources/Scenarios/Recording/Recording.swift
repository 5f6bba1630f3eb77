import CloudSim

/// A dashboard session kept for replay: the scenario's full YAML, the seed, the tick length and
/// every command the person gave, with the tick at whose start it applied.
///
/// The timeline's own commands are not kept: the embedded scenario brings them back. Written by
/// `RecordingText`, read by `RecordingLoader`; the format is `docs/recording-format.md`.
public struct Recording: Sendable, Equatable {
    /// The version of the file format this cloudtop writes and reads.
    public static let formatVersion = 1

    /// What the session was started on (a built-in name or a file path), for people; replay
    /// never reads the scenario from there.
    public var recordedFrom: String
    /// The scenario's YAML text as the session read it.
    public var scenarioYAML: String
    /// The seed the session ran with.
    public var seed: UInt64
    /// Simulated seconds per tick (the scenario's `settings.tickSeconds`).
    public var tickSeconds: Double
    /// Ticks the session had run when the file was last written.
    public var endTick: Int
    /// The submitted commands in the order they applied.
    public var commands: [RecordedCommand]

    /// Creates a recording.
    public init(
        recordedFrom: String, scenarioYAML: String, seed: UInt64, tickSeconds: Double, endTick: Int = 0,
        commands: [RecordedCommand] = []
    ) {
        self.recordedFrom = recordedFrom
        self.scenarioYAML = scenarioYAML
        self.seed = seed
        self.tickSeconds = tickSeconds
        self.endTick = endTick
        self.commands = commands
    }

    /// Simulated seconds the session ran.
    public var endTime: Double { Double(endTick) * tickSeconds }
}

/// One command of a recording and the tick at whose start it applied.
public struct RecordedCommand: Sendable, Equatable {
    /// The tick (1 is the first).
    public var tick: Int
    /// The command.
    public var command: Command

    /// Creates a recorded command.
    public init(tick: Int, command: Command) {
        self.tick = tick
        self.command = command
    }
}

/// A recording read back from a file, with the architecture its scenario describes.
public struct LoadedRecording: Sendable {
    /// The recording.
    public var recording: Recording
    /// The embedded scenario, decoded.
    public var architecture: Architecture

    /// A fresh simulation of the recorded run: the scenario, the seed, and every recorded command
    /// scheduled at its tick.
    public func simulation() -> Simulation {
        var sim = Simulation(architecture: architecture, seed: recording.seed)
        for c in recording.commands { sim.schedule(c.command, atTick: c.tick) }
        return sim
    }
}
