extension ECSServiceState {
    /// Advances one tick: task lifecycle, scheduler, deployments, auto scaling.
    ///
    /// `offeredRequestsPerSecond` is the load the service's tasks receive (from a load
    /// balancer, later); it drives the CPU utilisation and request count auto scaling tracks.
    public mutating func step(
        tick: Int, offeredRequestsPerSecond: Double = 0, capacity: inout ECSCapacity, random: inout SimRandom
    ) {
        isFargate = capacity.isFargate
        advanceTasks(tick: tick, capacity: &capacity, random: &random)
        schedule(tick: tick)
        removeStopped(tick: tick, capacity: &capacity)
        // New tasks try to find capacity in the tick they are created.
        for i in tasks.indices where tasks[i].status == .pending && !tasks[i].isPlaced {
            place(i, tick: tick, capacity: &capacity, random: &random)
        }
        settleDeployments(tick: tick)
        measure(offered: offeredRequestsPerSecond)
        if config.autoScaling != nil { evaluateScaling(tick: tick) }
        if (tick + 1) % ticksPerSecond == 0 { runningHistory.append(Double(runningCount)) }
    }

    /// CPU utilisation: offered load over what the RUNNING tasks can serve, capped at 100 %.
    mutating func measure(offered: Double) {
        offeredRequestsPerSecond = max(0, offered)
        let capacity = Double(runningCount) * family.revision(primary.revision)!.requestsPerSecondPerTask
        if capacity > 0 {
            cpuUtilization = min(100, offeredRequestsPerSecond / capacity * 100)
        } else {
            cpuUtilization = offeredRequestsPerSecond > 0 ? 100 : 0
        }
    }

    /// What a load balancer needs: RUNNING tasks that are not stopping, with their health and
    /// the requests per second each serves (`capacity`) and its CPU units.
    public var targets: [ECSTaskTarget] {
        tasks.compactMap { task in
            guard task.status == .running, let definition = family.revision(task.revision) else { return nil }
            return ECSTaskTarget(
                id: task.id, revision: task.revision, health: task.health,
                requestsPerSecond: definition.requestsPerSecondPerTask, cpuUnits: definition.size.cpuUnits)
        }
    }

    /// Requests per second the healthy RUNNING tasks can serve.
    public var healthyCapacityRequestsPerSecond: Double {
        targets.reduce(0) { $0 + ($1.health == .healthy ? $1.requestsPerSecond : 0) }
    }

    /// `ecs:stop-task`: stops the task with this id, or else the oldest RUNNING task. The
    /// service replaces it like any stopped task. Returns the stopped task's id.
    @discardableResult
    public mutating func stopTask(id: String? = nil, tick: Int) -> String? {
        let index =
            id.flatMap { wanted in tasks.firstIndex { $0.id == wanted && $0.status != .stopping } }
            ?? tasks.firstIndex { $0.status == .running }
        guard let i = index else { return nil }
        stop(i, tick: tick, reason: .stoppedByUser)
        log(tick, .critical, "\(tasks[i].id) stopped (ecs:stop-task)")
        return tasks[i].id
    }
}

/// One task as a load balancer target group sees it.
public struct ECSTaskTarget: Sendable, Equatable {
    /// Task id (the target's id).
    public var id: String
    /// Task definition revision (old and new versions side by side during a deployment).
    public var revision: Int
    /// Health as ECS knows it (`unknown` = the target group's `initial`).
    public var health: ECSTaskHealth
    /// Requests per second it serves at 100 % CPU.
    public var requestsPerSecond: Double
    /// CPU units reserved.
    public var cpuUnits: Int
}
