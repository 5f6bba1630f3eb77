/// A CloudWatch alarm state.
public enum AlarmState: String, Sendable, Equatable, CaseIterable {
    /// Within threshold.
    case ok = "OK"
    /// Breaching.
    case alarm = "ALARM"
    /// Not enough data.
    case insufficientData = "INSUFFICIENT_DATA"
}

/// An alarm and its recent datapoints.
public struct AlarmSnapshot: Sendable, Equatable {
    /// Alarm name.
    public var name: String
    /// Current state.
    public var state: AlarmState
    /// Comparison and threshold, e.g. "> 60".
    public var condition: String
    /// Breaching datapoints among the last N.
    public var breaching: Int
    /// M.
    public var datapointsToAlarm: Int
    /// N.
    public var evaluationPeriods: Int
    /// Last datapoint value, if any.
    public var lastValue: Double?
}

/// An Auto Scaling group.
public struct GroupSnapshot: Sendable, Equatable {
    /// Group name.
    public var name: String
    /// Launch template instance type.
    public var instanceType: String
    /// Minimum size.
    public var minSize: Int
    /// Maximum size.
    public var maxSize: Int
    /// Desired capacity.
    public var desired: Int
    /// InService instances.
    public var inService: Int
    /// Pending instances.
    public var pending: Int
    /// Terminating instances.
    public var terminating: Int
    /// Average CPU (0...1) of InService instances over the last second.
    public var cpu: Double
    /// The target-tracking target (0...1 for CPU), if the group has one.
    public var targetCPU: Double?
    /// Alarms of its policies.
    public var alarms: [AlarmSnapshot]
    /// Seconds of simple-scaling cooldown left.
    public var cooldownRemaining: Double
    /// Instances inside their warm-up window.
    public var warmingUp: Int
    /// Seconds until the last warming instance finishes warming.
    public var warmupRemaining: Double
    /// Whether an instance-type rolling replacement is in progress.
    public var isRefreshing: Bool
    /// CPU per minute, oldest first (last hour).
    public var cpuHistory: [Double]
    /// Desired capacity per 10 s, oldest first.
    public var desiredHistory: [Double]
    /// Availability zones.
    public var zones: [String]
}
