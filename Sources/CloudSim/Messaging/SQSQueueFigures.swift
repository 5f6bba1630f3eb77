/// Per-second figures of one queue, latched at the end of every simulated second.
public struct SQSQueueFigures: Sendable {
    /// Messages sent in the last second.
    public internal(set) var sentPerSecond = 0.0
    /// Messages received in the last second.
    public internal(set) var receivedPerSecond = 0.0
    /// Messages deleted in the last second.
    public internal(set) var deletedPerSecond = 0.0
    /// Empty receives in the last second.
    public internal(set) var emptyReceivesPerSecond = 0.0
    /// `ApproximateNumberOfMessagesVisible` at the end of each second (last 10 minutes).
    public internal(set) var depthHistory = RingBuffer<Double>(capacity: 600, filler: 0)
    private var last = SQSQueueCounters()
    private var ticksThisSecond = 0

    /// Creates empty figures.
    public init() {}

    /// Closes a tick; every `ticksPerSecond` ticks the per-second values are latched.
    mutating func endTick(_ counters: SQSQueueCounters, visible: Int, ticksPerSecond: Int) {
        ticksThisSecond += 1
        guard ticksThisSecond >= ticksPerSecond else { return }
        sentPerSecond = Double(counters.sent - last.sent)
        receivedPerSecond = Double(counters.received - last.received)
        deletedPerSecond = Double(counters.deleted - last.deleted)
        emptyReceivesPerSecond = Double(counters.emptyReceives - last.emptyReceives)
        depthHistory.append(Double(visible))
        last = counters
        ticksThisSecond = 0
    }
}
