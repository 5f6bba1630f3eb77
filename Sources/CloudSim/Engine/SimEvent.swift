/// How much an event matters; the dashboard colours by it.
public enum Severity: Int, Sendable, Equatable, Comparable, CaseIterable {
    /// Routine (launch, InService).
    case info
    /// Worth a look (alarm, scale-in, draining).
    case warning
    /// Something broke (fault, unhealthy, 5xx).
    case critical
    /// A user or timeline command.
    case command

    /// Orders by raw value.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Lower-case word used in headless output.
    public var word: String {
        switch self {
        case .info: "info"
        case .warning: "warning"
        case .critical: "critical"
        case .command: "command"
        }
    }
}

/// One line of the event log.
public struct SimEvent: Sendable, Equatable {
    /// Tick at which it happened.
    public var tick: Int
    /// Simulated seconds at which it happened.
    public var time: Double
    /// Severity.
    public var severity: Severity
    /// Component it concerns (group, load balancer, instance).
    public var source: String
    /// One sentence.
    public var message: String

    /// Creates an event.
    public init(tick: Int, time: Double, severity: Severity, source: String, message: String) {
        self.tick = tick
        self.time = time
        self.severity = severity
        self.source = source
        self.message = message
    }
}
