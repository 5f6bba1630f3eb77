/// One Auto Scaling group inside the simulation.
struct GroupState: Sendable {
    var config: AutoScalingGroupConfig
    var minSize: Int
    var maxSize: Int
    var desired: Int
    var instanceType: InstanceType
    var templateVersion = 1
    var zoneIndices: [Int]
    var targetGroups: [TargetGroupRef]
    var alarms: [AlarmRuntime]
    /// Simple-scaling cooldown end (simulated seconds); `.infinity` while its activity runs.
    var cooldownUntil = -Double.infinity
    /// Whether a simple-scaling activity is still launching or terminating.
    var simpleActivityRunning = false
    /// Cooldown to start when the running simple-scaling activity completes.
    var pendingCooldown = 300.0
    /// Rolling type replacement in progress.
    var isRefreshing = false
    /// An AZRebalance launch is pending; the matching termination waits for it.
    var isRebalancing = false
    var nextScheduled: [Double]
    var launchCounter = 0
    var cpuHistory = RingBuffer<Double>(capacity: 60, filler: 0)
    var desiredHistory = RingBuffer<Double>(capacity: 360, filler: 0)
    /// Last aggregated CPU (percent) datapoint.
    var lastCPUDatapoint: Double?
    var cpu = 0.0
    // Per-minute metric accumulators (CloudWatch one-minute datapoints).
    var cpuTickSum = 0.0
    var cpuTickCount = 0
    var requestsMinute = 0
    /// One-minute CPU averages (percent) of non-warming InService instances; nil = no data.
    var minuteCPU = RingBuffer<Double?>(capacity: 64, filler: nil)
    /// One-minute request counts per InService instance.
    var minuteRequests = RingBuffer<Double?>(capacity: 64, filler: nil)
    /// One-minute SQS backlog per InService instance (its queue's mean visible messages).
    var minuteBacklog = RingBuffer<Double?>(capacity: 64, filler: nil)
    /// The queue behind `sqsBacklogPerInstance` (index into the simulation's queues).
    var backlogQueue: Int?
    // Per-second display accumulators.
    var cpuSecondSum = 0.0
    var cpuSecondCount = 0
}

/// A CloudWatch alarm's runtime state.
struct AlarmRuntime: Sendable {
    var config: AlarmConfig
    /// Index of the owning policy.
    var policy: Int
    /// For target tracking: true for the scale-out alarm, false for scale-in.
    var isHigh: Bool
    var state: AlarmState
    /// Datapoints by period end (simulated seconds); nil value = missing.
    var datapoints = RingBuffer<Double?>(capacity: 32, filler: nil)
    var breaching = 0
}
