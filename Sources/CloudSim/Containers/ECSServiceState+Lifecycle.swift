extension ECSServiceState {
    /// Places waiting tasks, starts placed ones, settles health, finishes stops.
    mutating func advanceTasks(tick: Int, capacity: inout ECSCapacity, random: inout SimRandom) {
        for i in tasks.indices {
            switch tasks[i].status {
            case .pending:
                if !tasks[i].isPlaced {
                    place(i, tick: tick, capacity: &capacity, random: &random)
                } else if let due = tasks[i].nextTick, tick >= due {
                    start(i, tick: tick)
                }
            case .running:
                if tasks[i].health == .unknown, let due = tasks[i].healthTick, tick >= due { settleHealth(i, tick: tick) }
            case .stopping:
                if let due = tasks[i].nextTick, tick >= due { tasks[i].status = .stopped }
            case .stopped:
                break
            }
        }
        removeStopped(tick: tick, capacity: &capacity)
    }

    /// Removes STOPPED tasks: releases their reservations and closes their Fargate bills.
    mutating func removeStopped(tick: Int, capacity: inout ECSCapacity) {
        var i = tasks.count - 1
        while i >= 0 {
            if tasks[i].status == .stopped { finishStop(i, tick: tick, capacity: &capacity) }
            i -= 1
        }
    }

    /// Places task `i` if capacity allows; its start-up clock starts now.
    mutating func place(_ i: Int, tick: Int, capacity: inout ECSCapacity, random: inout SimRandom) {
        guard let definition = family.revision(tasks[i].revision), let placement = capacity.place(definition.size) else {
            return
        }
        tasks[i].isPlaced = true
        tasks[i].instance = placement
        tasks[i].placedTick = tick
        let range = config.timings.fargateStartSeconds
        let seconds =
            capacity.isFargate
            ? range.lowerBound + (range.upperBound - range.lowerBound) * random.uniform()
            : config.timings.ec2StartSeconds
        tasks[i].nextTick = tick + max(1, Int((seconds / tickSeconds).rounded()))
    }

    /// Task `i` finished starting: RUNNING, or stopped if the build cannot start.
    mutating func start(_ i: Int, tick: Int) {
        let definition = family.revision(tasks[i].revision)
        if definition?.failure == .failsToStart {
            stop(i, tick: tick, reason: .failedToStart, immediately: true)
            return
        }
        tasks[i].status = .running
        tasks[i].runningTick = tick
        tasks[i].nextTick = nil
        let t = config.timings
        let seconds: Double
        if hasHealthCheck(definition) {
            seconds =
                definition?.failure == .failsHealthChecks
                ? max(t.healthCheckFailSeconds, config.healthCheckGracePeriodSeconds) : t.healthCheckPassSeconds
        } else {
            seconds = t.healthyWithoutChecksSeconds
        }
        tasks[i].healthTick = tick + Int((seconds / tickSeconds).rounded())
        markRunning(revision: tasks[i].revision)
    }

    /// Whether ECS can see this build's health (a load balancer, or a defined container check).
    func hasHealthCheck(_ definition: ECSTaskDefinition?) -> Bool {
        switch config.healthCheck {
        case .none: false
        case .container: definition?.hasContainerHealthCheck ?? false
        case .loadBalancer: true
        }
    }

    mutating func settleHealth(_ i: Int, tick: Int) {
        let definition = family.revision(tasks[i].revision)
        let fails = definition?.failure == .failsHealthChecks && hasHealthCheck(definition)
        tasks[i].health = fails ? .unhealthy : .healthy
    }

    /// Moves task `i` to STOPPING (or straight to STOPPED when it never ran).
    mutating func stop(_ i: Int, tick: Int, reason: ECSStopReason, immediately: Bool = false) {
        guard tasks[i].status != .stopping, tasks[i].status != .stopped else { return }
        let wasRunning = tasks[i].status == .running
        tasks[i].stopReason = reason
        tasks[i].status = immediately || !wasRunning ? .stopped : .stopping
        tasks[i].nextTick = tick + Int((config.timings.stopSeconds / tickSeconds).rounded())
        if reason == .failedToStart || reason == .unhealthy {
            counters.tasksFailed += 1
            recordFailure(revision: tasks[i].revision, reason: reason, tick: tick)
            log(tick, .critical, "\(tasks[i].id) (\(family.latest.family):\(tasks[i].revision)) stopped: \(reason.rawValue)")
        }
        if reason == .stoppedByUser { counters.tasksStoppedByUser += 1 }
    }

    mutating func finishStop(_ i: Int, tick: Int, capacity: inout ECSCapacity) {
        let task = tasks[i]
        let size = family.revision(task.revision)?.size ?? family.latest.size
        if task.isPlaced {
            capacity.release(size, instance: task.instance)
            if capacity.isFargate, let from = task.placedTick {
                fargateStoppedCost += FargatePricing.cost(size, seconds: Double(tick - from) * tickSeconds)
            }
        }
        counters.tasksStopped += 1
        tasks.remove(at: i)
    }

    /// Fargate dollars so far: stopped tasks' bills plus running ones' seconds (their
    /// one-minute minimum is charged when they stop).
    public func fargateCost(tick: Int) -> Double {
        guard isFargate else { return 0 }
        var total = fargateStoppedCost
        for task in tasks where task.isPlaced {
            guard let from = task.placedTick, let size = family.revision(task.revision)?.size else { continue }
            total += Double(tick - from) * tickSeconds * FargatePricing.perSecond(size)
        }
        return total
    }
}
