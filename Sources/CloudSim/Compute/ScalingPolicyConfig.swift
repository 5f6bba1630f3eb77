/// A metric an alarm or a target-tracking policy watches, in CloudWatch's terms.
public enum ScalingMetric: String, Sendable, Equatable, CaseIterable {
    /// `ASGAverageCPUUtilization`: mean CPU % of the group's InService, non-warming instances.
    case cpu = "ASGAverageCPUUtilization"
    /// `ALBRequestCountPerTarget`: requests per InService instance per minute.
    case requestCountPerTarget = "ALBRequestCountPerTarget"
    /// Backlog per instance: an SQS queue's `ApproximateNumberOfMessagesVisible` (mean over
    /// the minute) / the group's InService instances, the custom metric AWS documents for
    /// scaling a worker fleet on a queue. The queue is the policy's `queue`, else the queue
    /// the group consumes.
    case sqsBacklogPerInstance = "SQSBacklogPerInstance"
}

/// Comparison operator of an alarm.
public enum ComparisonOperator: String, Sendable, Equatable, CaseIterable {
    /// metric > threshold
    case greaterThan = ">"
    /// metric >= threshold
    case greaterThanOrEqual = ">="
    /// metric < threshold
    case lessThan = "<"
    /// metric <= threshold
    case lessThanOrEqual = "<="

    /// Whether `value` breaches `threshold`.
    public func breaches(_ value: Double, _ threshold: Double) -> Bool {
        switch self {
        case .greaterThan: value > threshold
        case .greaterThanOrEqual: value >= threshold
        case .lessThan: value < threshold
        case .lessThanOrEqual: value <= threshold
        }
    }
}

/// How an alarm treats periods without a datapoint.
public enum MissingDataTreatment: String, Sendable, Equatable, CaseIterable {
    /// Missing points are ignored; all missing => INSUFFICIENT_DATA (default).
    case missing
    /// Missing points count as not breaching.
    case notBreaching
    /// Missing points count as breaching.
    case breaching
    /// Keep the current state.
    case ignore
}

/// A CloudWatch alarm on a group metric: M of N datapoints, evaluated every minute.
public struct AlarmConfig: Sendable, Equatable {
    /// Alarm name.
    public var name: String
    /// Metric watched.
    public var metric: ScalingMetric
    /// Comparison with the threshold.
    public var comparison: ComparisonOperator
    /// Threshold value (CPU in percent).
    public var threshold: Double
    /// Seconds per datapoint (multiple of 60).
    public var periodSeconds: Double
    /// N: datapoints looked at.
    public var evaluationPeriods: Int
    /// M: breaching datapoints needed.
    public var datapointsToAlarm: Int
    /// Missing-data treatment.
    public var treatMissingData: MissingDataTreatment
    /// For `sqsBacklogPerInstance`: the queue; nil = the queue the group consumes.
    public var queue: String? = nil

    /// Creates an alarm; M defaults to N.
    public init(
        name: String, metric: ScalingMetric = .cpu, comparison: ComparisonOperator, threshold: Double,
        periodSeconds: Double = 60, evaluationPeriods: Int = 1, datapointsToAlarm: Int? = nil,
        treatMissingData: MissingDataTreatment = .missing
    ) {
        self.name = name
        self.metric = metric
        self.comparison = comparison
        self.threshold = threshold
        self.periodSeconds = periodSeconds
        self.evaluationPeriods = evaluationPeriods
        self.datapointsToAlarm = datapointsToAlarm ?? evaluationPeriods
        self.treatMissingData = treatMissingData
    }
}

/// How a step or simple policy's adjustment is read.
public enum AdjustmentType: String, Sendable, Equatable, CaseIterable {
    /// desired += N
    case changeInCapacity = "ChangeInCapacity"
    /// desired = N
    case exactCapacity = "ExactCapacity"
    /// desired += current * N %, with AWS's rounding
    case percentChangeInCapacity = "PercentChangeInCapacity"
}

/// One band of a step scaling policy, bounds relative to the alarm threshold.
public struct StepAdjustment: Sendable, Equatable {
    /// Lower bound (metric - threshold); nil = minus infinity.
    public var lowerBound: Double?
    /// Upper bound (metric - threshold); nil = plus infinity.
    public var upperBound: Double?
    /// Adjustment applied when the metric falls in this band.
    public var adjustment: Double

    /// Creates a step.
    public init(lowerBound: Double?, upperBound: Double?, adjustment: Double) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.adjustment = adjustment
    }
}

/// A dynamic scaling policy of an Auto Scaling group.
public enum ScalingPolicyConfig: Sendable, Equatable {
    /// Keep `metric` near `target`, with managed high (3 of 3) and low (15 of 15) alarms.
    case targetTracking(TargetTrackingConfig)
    /// Alarm-driven bands of adjustments; no cooldown.
    case step(StepPolicyConfig)
    /// One alarm, one adjustment, then a cooldown.
    case simple(SimplePolicyConfig)

    /// The policy's name.
    public var name: String {
        switch self {
        case .targetTracking(let c): c.name
        case .step(let c): c.name
        case .simple(let c): c.name
        }
    }
}

/// Target tracking settings.
public struct TargetTrackingConfig: Sendable, Equatable {
    /// Policy name.
    public var name: String
    /// Tracked metric.
    public var metric: ScalingMetric
    /// Target value (CPU in percent, or requests per target per minute).
    public var target: Double
    /// Never scale in when true.
    public var disableScaleIn: Bool
    /// Datapoints of the high alarm (AWS practice: 3 of 3 one-minute points).
    public var scaleOutDatapoints: Int
    /// Datapoints of the low alarm (AWS practice: 15 of 15).
    public var scaleInDatapoints: Int
    /// The low alarm fires below `target * scaleInThresholdRatio` (our choice: 0.9).
    public var scaleInThresholdRatio: Double
    /// For `sqsBacklogPerInstance`: the queue; nil = the queue the group consumes.
    public var queue: String? = nil

    /// Creates a target-tracking policy with the documented-in-practice defaults.
    public init(
        name: String, metric: ScalingMetric = .cpu, target: Double, disableScaleIn: Bool = false,
        scaleOutDatapoints: Int = 3, scaleInDatapoints: Int = 15, scaleInThresholdRatio: Double = 0.9
    ) {
        self.name = name
        self.metric = metric
        self.target = target
        self.disableScaleIn = disableScaleIn
        self.scaleOutDatapoints = scaleOutDatapoints
        self.scaleInDatapoints = scaleInDatapoints
        self.scaleInThresholdRatio = scaleInThresholdRatio
    }
}

/// Step scaling settings.
public struct StepPolicyConfig: Sendable, Equatable {
    /// Policy name.
    public var name: String
    /// The alarm that triggers the policy.
    public var alarm: AlarmConfig
    /// How adjustments are read.
    public var adjustmentType: AdjustmentType
    /// Bands, relative to the alarm threshold.
    public var steps: [StepAdjustment]
    /// Floor on the magnitude of a percent adjustment.
    public var minAdjustmentMagnitude: Int?

    /// Creates a step policy.
    public init(
        name: String, alarm: AlarmConfig, adjustmentType: AdjustmentType = .changeInCapacity,
        steps: [StepAdjustment], minAdjustmentMagnitude: Int? = nil
    ) {
        self.name = name
        self.alarm = alarm
        self.adjustmentType = adjustmentType
        self.steps = steps
        self.minAdjustmentMagnitude = minAdjustmentMagnitude
    }
}

/// Simple scaling settings.
public struct SimplePolicyConfig: Sendable, Equatable {
    /// Policy name.
    public var name: String
    /// The alarm that triggers the policy.
    public var alarm: AlarmConfig
    /// How the adjustment is read.
    public var adjustmentType: AdjustmentType
    /// The adjustment.
    public var adjustment: Double
    /// Cooldown override in seconds; nil = the group's default cooldown.
    public var cooldown: Double?

    /// Creates a simple policy.
    public init(
        name: String, alarm: AlarmConfig, adjustmentType: AdjustmentType = .changeInCapacity,
        adjustment: Double, cooldown: Double? = nil
    ) {
        self.name = name
        self.alarm = alarm
        self.adjustmentType = adjustmentType
        self.adjustment = adjustment
        self.cooldown = cooldown
    }
}
