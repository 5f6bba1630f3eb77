/// The Kubernetes Horizontal Pod Autoscaler on CPU (`aws-behaviour.md` section 10.5):
/// every 15 s, `desired = ceil(current x metric / target)`, no change within a 10 %
/// tolerance, scale-down stabilised over 300 s (the highest recommendation in the window
/// wins), scale-up at once; then `minReplicas` / `maxReplicas`.
///
/// The default scale-up rate policies (double or +4 pods per 15 s) are not modelled.
public struct HPAConfig: Sendable, Equatable {
    /// Bounds on replicas.
    public var minReplicas: Int
    public var maxReplicas: Int
    /// Target average CPU utilisation, percent of the pods' CPU request.
    public var targetCPUUtilizationPercent: Double
    /// Control loop period (`--horizontal-pod-autoscaler-sync-period`, 15 s).
    public var syncPeriodSeconds: Double
    /// No change while |metric / target - 1| <= tolerance (0.1).
    public var tolerance: Double
    /// Scale-down and scale-up stabilisation windows (300 s and 0 s).
    public var scaleDownStabilizationSeconds: Double
    public var scaleUpStabilizationSeconds: Double

    /// Creates an autoscaler configuration with Kubernetes' defaults.
    public init(
        minReplicas: Int = 1, maxReplicas: Int = 10, targetCPUUtilizationPercent: Double = 50,
        syncPeriodSeconds: Double = 15, tolerance: Double = 0.1, scaleDownStabilizationSeconds: Double = 300,
        scaleUpStabilizationSeconds: Double = 0
    ) {
        self.minReplicas = max(1, minReplicas)
        self.maxReplicas = max(self.minReplicas, maxReplicas)
        self.targetCPUUtilizationPercent = max(1e-9, targetCPUUtilizationPercent)
        self.syncPeriodSeconds = max(1, syncPeriodSeconds)
        self.tolerance = max(0, tolerance)
        self.scaleDownStabilizationSeconds = max(0, scaleDownStabilizationSeconds)
        self.scaleUpStabilizationSeconds = max(0, scaleUpStabilizationSeconds)
    }
}

/// One pass of the control loop, for the panel and the tests.
public struct HPADecision: Sendable, Equatable {
    /// When (simulated seconds).
    public var time: Double
    /// Replicas before, the metric (%) and the target (%).
    public var currentReplicas: Int
    public var metric: Double
    public var target: Double
    /// The formula's answer (current when within tolerance), before stabilisation and bounds.
    public var recommendation: Int
    /// Whether the ratio was within the tolerance.
    public var withinTolerance: Bool
    /// Replicas after stabilisation and bounds.
    public var desiredReplicas: Int
}

/// The autoscaler's memory: recent recommendations and the last decisions.
public struct HorizontalPodAutoscaler: Sendable {
    /// Configuration.
    public let config: HPAConfig
    /// The last 32 decisions, oldest first.
    public internal(set) var decisions = RingBuffer<HPADecision>(
        capacity: 32,
        filler: HPADecision(
            time: 0, currentReplicas: 0, metric: 0, target: 0, recommendation: 0, withinTolerance: true, desiredReplicas: 0))
    /// Recommendations inside the longest window: (simulated seconds, replicas).
    var recommendations: [(time: Double, replicas: Int)] = []

    /// An autoscaler with no history.
    public init(config: HPAConfig) { self.config = config }

    /// One control-loop pass at `time` seconds: returns the replicas to set.
    public mutating func evaluate(time: Double, currentReplicas: Int, metric: Double) -> Int {
        let ratio = metric / config.targetCPUUtilizationPercent
        let within = abs(ratio - 1) <= config.tolerance
        let raw = within ? currentReplicas : Int((Double(currentReplicas) * ratio - 1e-9).rounded(.up))
        let window = max(config.scaleDownStabilizationSeconds, config.scaleUpStabilizationSeconds)
        recommendations.removeAll { time - $0.time > window + 1e-9 }
        recommendations.append((time, raw))
        var up = raw
        var down = raw
        for r in recommendations {
            if time - r.time <= config.scaleUpStabilizationSeconds + 1e-9 { up = min(up, r.replicas) }
            if time - r.time <= config.scaleDownStabilizationSeconds + 1e-9 { down = max(down, r.replicas) }
        }
        var desired = currentReplicas
        if desired < up { desired = up }
        if desired > down { desired = down }
        desired = min(max(desired, config.minReplicas), config.maxReplicas)
        decisions.append(
            HPADecision(
                time: time, currentReplicas: currentReplicas, metric: metric, target: config.targetCPUUtilizationPercent,
                recommendation: raw, withinTolerance: within, desiredReplicas: desired))
        return desired
    }
}
