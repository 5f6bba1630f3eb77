/// Runs a simulation without a terminal and writes one line per reporting interval.
public enum HeadlessRun {
    /// Steps `simulation` for `duration` simulated seconds, calling `write` with each output
    /// line: a CSV header first (CSV), event lines before each record (JSONL with `events`).
    public static func run(
        _ simulation: inout Simulation, duration: Double, every: Double, format: HeadlessFormat, events: Bool,
        write: (String) -> Void
    ) {
        var sequence = 0
        var wroteHeader = false
        var next = simulation.time + every
        while simulation.time < duration - 1e-9 {
            let end = min(next, duration)
            while simulation.time < end - 1e-9 { simulation.step() }
            next += every
            if events {
                let (list, newSequence) = simulation.events(since: sequence)
                sequence = newSequence
                for event in list { write(event.jsonLine) }
            }
            let record = HeadlessRecord(report: simulation.takeInterval(), snapshot: simulation.snapshot(eventCount: 0))
            switch format {
            case .jsonl:
                write(record.jsonLine)
            case .csv:
                if !wroteHeader {
                    write(record.csvHeader)
                    wroteHeader = true
                }
                write(record.csvRow)
            }
        }
    }
}
