extension Simulation {
    /// Queues `command` to apply at the start of tick `atTick` (the tick `step()` is about to
    /// run when `tick` becomes `atTick`), before that tick's submitted commands and timeline
    /// entries; commands scheduled for one tick apply in the order they were scheduled.
    ///
    /// This is how a recording replays: each command it holds comes back at the tick it first
    /// applied at, so the run is the recorded one, tick for tick. A tick that has already run
    /// (`atTick <= tick`) means the next one, as `submit(_:)` does.
    public mutating func schedule(_ command: Command, atTick: Int) {
        let due = max(atTick, tick + 1)
        let position = scheduled[scheduledCursor...].firstIndex { $0.tick > due } ?? scheduled.count
        scheduled.insert(LoggedCommand(tick: due, command: command, origin: .scheduled), at: position)
    }

    /// Scheduled commands not yet applied, earliest first.
    public var scheduledCommands: ArraySlice<LoggedCommand> { scheduled[scheduledCursor...] }

    /// The next `count` timeline entries and scheduled commands, merged in time order (a
    /// command scheduled for tick `n` shows at the start of that tick, `(n - 1) x tickSeconds`).
    func upcomingCommands(_ count: Int) -> [TimelineEntry] {
        let fromTimeline = timeline[timelineCursor...].prefix(count)
        guard scheduledCursor < scheduled.count else { return Array(fromTimeline) }
        let fromSchedule = scheduled[scheduledCursor...].prefix(count).map {
            TimelineEntry(at: Double($0.tick - 1) * tickSeconds, command: $0.command)
        }
        // Stable merge; scheduled first on a tie, as they apply first.
        let merged = (fromSchedule.map { ($0, 0) } + fromTimeline.map { ($0, 1) }).enumerated().sorted {
            ($0.element.0.at, $0.element.1, $0.offset) < ($1.element.0.at, $1.element.1, $1.offset)
        }
        return merged.prefix(count).map(\.element.0)
    }
}
