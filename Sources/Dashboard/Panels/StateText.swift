import CloudSim

/// Symbols and words for states: colour is never the only carrier of meaning.
enum StateText {
    /// Symbol, word and level of an instance.
    static func instance(_ i: InstanceSnapshot) -> (symbol: String, word: String, level: StateLevel) {
        if !i.isReachable && i.state == .inService { return ("×", "down", .critical) }
        if i.isMarkedUnhealthy { return ("×", "unhealthy", .critical) }
        switch i.state {
        case .pending: return ("□", "pending", .pending)
        case .inService: return i.isWarmingUp ? ("▣", "warming", .pending) : ("■", "in service", .healthy)
        case .stopping: return ("▢", "stopping", .stopped)
        case .stopped: return ("▢", "stopped", .stopped)
        case .terminating: return ("▢", "terminating", .warning)
        case .terminated: return ("·", "terminated", .stopped)
        }
    }

    /// Symbol, word and level of a target's health.
    static func target(_ h: TargetHealth) -> (symbol: String, word: String, level: StateLevel) {
        switch h {
        case .healthy: ("●", "healthy", .healthy)
        case .initial: ("◌", "initial", .pending)
        case .unhealthy: ("×", "unhealthy", .critical)
        case .draining: ("◐", "draining", .warning)
        case .unused: ("○", "unused", .stopped)
        }
    }

    /// Level of an alarm state.
    static func alarm(_ s: AlarmState) -> StateLevel {
        switch s {
        case .ok: .healthy
        case .alarm: .critical
        case .insufficientData: .pending
        }
    }

    /// Symbol of an event severity.
    static func event(_ s: CloudSim.Severity) -> String {
        switch s {
        case .info: "·"
        case .warning: "▲"
        case .critical: "!"
        case .command: "›"
        }
    }

    /// Theme style of an event severity.
    static func eventStyle(_ s: CloudSim.Severity, _ theme: ThemeStyles) -> Style {
        switch s {
        case .info: theme.eventInfo
        case .warning: theme.eventWarning
        case .critical: theme.eventCritical
        case .command: theme.eventCommand
        }
    }
}

/// Padding helpers for fixed-width columns.
extension String {
    /// Left-aligned in `width` columns (truncated with … if longer).
    func padded(_ width: Int) -> String {
        let w = DisplayWidth.of(self)
        if w <= width { return self + String(repeating: " ", count: width - w) }
        guard width > 1 else { return String(prefix(max(0, width))) }
        return String(prefix(width - 1)) + "…"
    }

    /// Right-aligned in `width` columns.
    func leftPadded(_ width: Int) -> String {
        let w = DisplayWidth.of(self)
        return w >= width ? self : String(repeating: " ", count: width - w) + self
    }
}

/// Symbols and words for the edge: origins, health checks.
extension StateText {
    /// Symbol, word and level of a distribution's origin.
    static func origin(_ s: CloudFrontOriginStatus) -> (symbol: String, word: String, level: StateLevel) {
        switch s {
        case .healthy: ("●", "healthy", .healthy)
        case .failedOver: ("◐", "failed over", .warning)
        case .serverErrors: ("×", "5xx", .critical)
        case .unreachable: ("×", "unreachable", .critical)
        }
    }

    /// Symbol, word and level of a Route 53 record or health check status.
    static func route53(isHealthy: Bool) -> (symbol: String, word: String, level: StateLevel) {
        isHealthy ? ("●", "healthy", .healthy) : ("×", "unhealthy", .critical)
    }

    /// Level of a hit ratio: a warm cache reads healthy, a cold one (warming, invalidated) a
    /// warning; never critical, since a miss is slower, not failed.
    static func hitLevel(_ ratio: Double) -> StateLevel { ratio >= 0.8 ? .healthy : .warning }
}
