import ArgumentParser
import CloudSim
import Foundation

/// `cloudtop run`: the engine without a terminal, one line per interval.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a scenario headless and print metrics (JSONL or CSV).")

    @Argument(help: "A built-in scenario name or a scenario file (default: showcase).")
    var scenario: String?

    @Option(help: "Simulated time to run, e.g. 90s, 30m, 2h, 1d (default 1h; with --replay, the recorded session's length).")
    var duration: String?

    @Option(help: "Simulated time between output lines (whole seconds), e.g. 10s, 1m (default 1m, or less to fit --duration with --replay).")
    var every: String?

    @Option(help: "Output format: jsonl or csv.")
    var format = "jsonl"

    @Option(help: "Random seed (default: the scenario's).")
    var seed: String?

    @Flag(help: "Also print event-log lines as {\"event\": ...} objects (JSONL only).")
    var events = false

    @Option(help: "Run a recorded session (a .cloudtop file) instead of a scenario: its scenario, seed and commands.")
    var replay: String?

    func run() throws {
        guard let format = HeadlessFormat(rawValue: format.lowercased()) else {
            throw CLIError.usage("--format must be jsonl or csv, got '\(format)'")
        }
        if events && format == .csv { throw CLIError.usage("--events needs --format jsonl") }
        var simulation: Simulation
        var duration = try self.duration.map { try parseDuration($0, option: "--duration") } ?? 3600
        var every = try self.every.map { try parseDuration($0, option: "--every") } ?? 60
        if let replay {
            if let scenario {
                throw CLIError.usage("give either a scenario ('\(scenario)') or --replay, not both: the recording holds its scenario")
            }
            if seed != nil { throw CLIError.usage("--seed does not apply with --replay: the recording holds its seed") }
            let loaded = try loadRecording(replay)
            simulation = loaded.simulation()
            if self.duration == nil { duration = max(loaded.recording.endTime, 1) }
            if self.every == nil { every = min(every, max(1, duration.rounded(.down))) }
        } else {
            simulation = Simulation(architecture: try loadArchitecture(scenario), seed: try parseSeed(seed))
        }
        guard every == every.rounded(), every <= duration else {
            throw CLIError.usage("--every must be whole seconds and no longer than --duration")
        }
        var out = StandardOutput()
        HeadlessRun.run(&simulation, duration: duration, every: every, format: format, events: events) {
            out.write($0)
        }
        out.flush()
    }
}

/// Buffered writes to standard output.
struct StandardOutput {
    private var buffer: [UInt8] = []

    mutating func write(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(10)
        if buffer.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
