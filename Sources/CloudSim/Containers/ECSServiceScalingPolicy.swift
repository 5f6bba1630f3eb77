/// Service auto scaling by target tracking (Application Auto Scaling; section 10.3).
///
/// Datapoints are one per `periodSeconds`; like the engine's EC2 target tracking
/// (DECISIONS.md, engine), scale-out needs `scaleOutDatapoints` consecutive datapoints above
/// the target and scale-in `scaleInDatapoints` below `target x scaleInThresholdRatio`. The new
/// desired count is computed from the **running** count (section 10.3), not the desired one.
/// During the scale-out cooldown the capacity a scale-out added counts as already there: a
/// further scale-out needs a datapoint measured wholly after those tasks were all RUNNING
/// (and a larger count), so the lag of a one-minute average does not launch twice.
public struct ECSServiceScalingPolicy: Sendable, Equatable {
    /// The predefined metric tracked.
    public enum Metric: String, Sendable, Equatable {
        /// `ECSServiceAverageCPUUtilization`, percent.
        case averageCPUUtilization
        /// `ALBRequestCountPerTarget`: requests per running task per period.
        case requestCountPerTarget
    }

    /// Metric tracked.
    public var metric: Metric
    /// Target value (percent, or requests per target per period).
    public var targetValue: Double
    /// Bounds on the desired count.
    public var minCapacity: Int
    public var maxCapacity: Int
    /// Cooldowns (section 10.3: 300 s each for ECS targets).
    public var scaleOutCooldownSeconds: Double
    public var scaleInCooldownSeconds: Double
    /// Datapoint period and alarm lengths.
    public var periodSeconds: Double
    public var scaleOutDatapoints: Int
    public var scaleInDatapoints: Int
    public var scaleInThresholdRatio: Double
    /// Whether scale-in is disabled.
    public var disableScaleIn: Bool

    /// Creates a policy.
    public init(
        metric: Metric = .averageCPUUtilization, targetValue: Double, minCapacity: Int = 1, maxCapacity: Int = 10,
        scaleOutCooldownSeconds: Double = 300, scaleInCooldownSeconds: Double = 300, periodSeconds: Double = 60,
        scaleOutDatapoints: Int = 3, scaleInDatapoints: Int = 15, scaleInThresholdRatio: Double = 0.9,
        disableScaleIn: Bool = false
    ) {
        self.metric = metric
        self.targetValue = max(1e-9, targetValue)
        self.minCapacity = max(0, minCapacity)
        self.maxCapacity = max(self.minCapacity, maxCapacity)
        self.scaleOutCooldownSeconds = max(0, scaleOutCooldownSeconds)
        self.scaleInCooldownSeconds = max(0, scaleInCooldownSeconds)
        self.periodSeconds = max(1, periodSeconds)
        self.scaleOutDatapoints = max(1, scaleOutDatapoints)
        self.scaleInDatapoints = max(1, scaleInDatapoints)
        self.scaleInThresholdRatio = min(max(0, scaleInThresholdRatio), 1)
        self.disableScaleIn = disableScaleIn
    }
}

/// What the scaling policy remembers between datapoints.
struct ECSServiceScalingState: Sendable {
    var metricSum = 0.0
    var requestSum = 0.0
    var ticksInPeriod = 0
    var recent = RingBuffer<Double>(capacity: 64, filler: 0)
    var lastScaleOutTick: Int?
    var lastScaleInTick: Int?
    /// First tick of the datapoint being accumulated.
    var periodStartTick = 0
    /// Tick at which every task of the last scale-out was RUNNING (nil: not yet).
    var scaleOutMeasuredFromTick: Int?
}
