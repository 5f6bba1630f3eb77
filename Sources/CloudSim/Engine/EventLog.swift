/// The simulation's event log: a bounded ring of events plus a counter of all events ever.
public struct EventLog: Sendable {
    private var ring = RingBuffer<SimEvent>(
        capacity: 1000, filler: SimEvent(tick: 0, time: 0, severity: .info, source: "", message: ""))
    /// Events recorded since the start (including ones that fell out of the ring).
    public private(set) var totalCount = 0

    /// Creates an empty log.
    public init() {}

    /// Appends an event.
    public mutating func append(_ event: SimEvent) {
        ring.append(event)
        totalCount += 1
    }

    /// The newest `n` events, oldest first.
    public func recent(_ n: Int) -> [SimEvent] { ring.suffix(n) }

    /// Events whose sequence number is at least `sequence` (for incremental readers), oldest first.
    public func since(_ sequence: Int) -> [SimEvent] {
        let missing = totalCount - sequence
        guard missing > 0 else { return [] }
        return ring.suffix(missing)
    }
}
