/// Basic health colours (`aws-behaviour.md` section 11.3).
public enum BeanstalkHealthColor: String, Sendable, Equatable, CaseIterable {
    /// Being updated, or no data.
    case grey = "Grey"
    /// Passing; at least one instance taking requests.
    case green = "Green"
    /// One or two failed checks; some requests failing.
    case yellow = "Yellow"
    /// Three or more failed checks, or nothing available.
    case red = "Red"
}

/// Enhanced health statuses and the colour each shows (section 11.3).
public enum BeanstalkHealthStatus: String, Sendable, Equatable, CaseIterable {
    /// Passing checks, no problems.
    case ok = "Ok"
    /// An operation (a deployment) in progress, nothing failing.
    case info = "Info"
    /// Some instances failing (under a quarter).
    case warning = "Warning"
    /// Many failing (a quarter or more), or fewer instances than the group's minimum.
    case degraded = "Degraded"
    /// Half or more failing, or nothing serving.
    case severe = "Severe"
    /// Nothing serving yet while instances start or deploy within the command timeout.
    case pending = "Pending"
    /// No report yet.
    case unknown = "Unknown"
    /// Monitoring stopped.
    case suspended = "Suspended"

    /// The colour the console shows for this status.
    public var color: BeanstalkHealthColor {
        switch self {
        case .ok, .info: .green
        case .warning: .yellow
        case .degraded, .severe: .red
        case .pending, .unknown, .suspended: .grey
        }
    }
}

extension BeanstalkEnvironmentState {
    /// Basic health: grey while a deployment runs; red after three failing rounds in a row or
    /// with nothing serving; yellow after one or two; else green.
    public var basicHealth: BeanstalkHealthColor {
        if isDeploying { return .grey }
        if capacityInService == 0 || consecutiveFailedChecks >= 3 { return .red }
        return consecutiveFailedChecks > 0 ? .yellow : .green
    }

    /// Enhanced health status at `tick` (thresholds are ours, DECISIONS.md: Warning below a
    /// quarter of instances failing, Degraded from a quarter, Severe from half).
    public func enhancedStatus(tick: Int) -> BeanstalkHealthStatus {
        if tick < ticks(config.timings.healthCheckIntervalSeconds) { return .unknown }
        let serving = capacityInService
        let failed = count(.failed) + failingInService
        if serving == 0 {
            let starting = count(.launching) + count(.deploying) + count(.checking) + count(.draining)
            return starting > 0 && failed == 0 ? .pending : .severe
        }
        let share = Double(failed) / Double(serving + failed)
        // Instances being redeployed still belong to the group; terminating ones do not.
        let mainInstances = cohorts.reduce(0) {
            $0 + ($1.group == .main && ($1.state != .draining || $1.nextVersion != nil) ? $1.count : 0)
        }
        if share >= 0.5 { return .severe }
        if share >= 0.25 || mainInstances < config.minInstances { return .degraded }
        if share > 0 { return .warning }
        return isDeploying ? .info : .ok
    }
}
