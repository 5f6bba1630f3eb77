import ArgumentParser
import CloudSim
import Foundation

/// `cloudtop run`: the engine without a terminal, one line per interval.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a scenario headless and print metrics (JSONL or CSV).")

    @Argument(help: "A built-in scenario name or a scenario file (default: web-app).")
    var scenario: String?

    @Option(help: "Simulated time to run, e.g. 90s, 30m, 2h, 1d.")
    var duration = "1h"

    @Option(help: "Simulated time between output lines (whole seconds), e.g. 10s, 1m.")
    var every = "1m"

    @Option(help: "Output format: jsonl or csv.")
    var format = "jsonl"

    @Option(help: "Random seed (default: the scenario's).")
    var seed: String?

    @Flag(help: "Also print event-log lines as {\"event\": ...} objects (JSONL only).")
    var events = false

    func run() throws {
        guard let format = HeadlessFormat(rawValue: format.lowercased()) else {
            throw CLIError.usage("--format must be jsonl or csv, got '\(format)'")
        }
        if events && format == .csv { throw CLIError.usage("--events needs --format jsonl") }
        let duration = try parseDuration(duration, option: "--duration")
        let every = try parseDuration(every, option: "--every")
        guard every == every.rounded(), every <= duration else {
            throw CLIError.usage("--every must be whole seconds and no longer than --duration")
        }
        let architecture = try loadArchitecture(scenario)
        var simulation = Simulation(architecture: architecture, seed: try parseSeed(seed))
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
