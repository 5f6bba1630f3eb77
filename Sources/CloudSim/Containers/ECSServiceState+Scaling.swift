extension ECSServiceState {
    /// Target tracking: one datapoint per period; breaches set the desired count from the
    /// running count (section 10.3), with cooldowns.
    mutating func evaluateScaling(tick: Int) {
        guard let policy = config.autoScaling else { return }
        if scaling.ticksInPeriod == 0 { scaling.periodStartTick = tick }
        if scaling.scaleOutMeasuredFromTick == nil, runningCount >= desiredCount { scaling.scaleOutMeasuredFromTick = tick }
        scaling.metricSum += cpuUtilization
        scaling.requestSum += offeredRequestsPerSecond * tickSeconds
        scaling.ticksInPeriod += 1
        let periodTicks = max(1, Int((policy.periodSeconds / tickSeconds).rounded()))
        guard scaling.ticksInPeriod >= periodTicks else { return }
        let datapoint: Double
        switch policy.metric {
        case .averageCPUUtilization: datapoint = scaling.metricSum / Double(scaling.ticksInPeriod)
        case .requestCountPerTarget: datapoint = scaling.requestSum / Double(max(1, healthyCount))
        }
        scaling.metricSum = 0
        scaling.requestSum = 0
        scaling.ticksInPeriod = 0
        scaling.recent.append(datapoint)
        decideScaling(policy: policy, datapoint: datapoint, tick: tick)
    }

    /// The last datapoint of the policy's metric, if any.
    public var lastScalingDatapoint: Double? { scaling.recent.last }

    private mutating func decideScaling(policy: ECSServiceScalingPolicy, datapoint: Double, tick: Int) {
        let recent = scaling.recent
        func all(_ n: Int, _ test: (Double) -> Bool) -> Bool {
            recent.count >= n && (0..<n).allSatisfy { test(recent.fromEnd($0)!) }
        }
        let running = runningCount
        let target = policy.targetValue
        if all(policy.scaleOutDatapoints, { $0 > target }) {
            let cooldownTicks = Int((policy.scaleOutCooldownSeconds / tickSeconds).rounded())
            if let last = scaling.lastScaleOutTick, tick - last < cooldownTicks,
                scaling.periodStartTick < (scaling.scaleOutMeasuredFromTick ?? .max)
            {
                return  // the added tasks are not measured yet
            }
            let want = ScalingMath.targetTracking(current: max(1, running), metric: datapoint, target: target, scaleOut: true)
                ?? (running == 0 ? 1 : nil)
            // A further scale-out happens only if it is larger.
            if let want, min(want, policy.maxCapacity) > desiredCount {
                log(tick, .warning, "\(name): scale out \(desiredCount) -> \(min(want, policy.maxCapacity)) (metric \(datapoint))")
                desiredCount = min(want, policy.maxCapacity)
                scaling.lastScaleOutTick = tick
                scaling.scaleOutMeasuredFromTick = nil
                scaling.lastScaleInTick = nil  // a scale-out ends the scale-in cooldown
                counters.scaleOuts += 1
            }
            return
        }
        guard !policy.disableScaleIn, all(policy.scaleInDatapoints, { $0 < target * policy.scaleInThresholdRatio })
        else { return }
        let cooldownTicks = Int((policy.scaleInCooldownSeconds / tickSeconds).rounded())
        if let last = scaling.lastScaleInTick, tick - last < cooldownTicks { return }
        guard running > 0,
            let want = ScalingMath.targetTracking(current: running, metric: datapoint, target: target, scaleOut: false)
        else { return }
        let next = max(policy.minCapacity, want)
        guard next < desiredCount else { return }
        log(tick, .info, "\(name): scale in \(desiredCount) -> \(next) (metric \(datapoint))")
        desiredCount = next
        scaling.lastScaleInTick = tick
        counters.scaleIns += 1
    }
}
