extension ECSServiceState {
    /// Registers `definition` as the family's next revision and deploys it (UpdateService
    /// with a new task definition). The previous primary deployment becomes ACTIVE.
    @discardableResult
    public mutating func deploy(_ definition: ECSTaskDefinition, tick: Int) -> ECSDeployment {
        let registered = family.register(definition)
        return startDeployment(revision: registered.revision, tick: tick, isRollback: false)
    }

    /// Starts a deployment of a registered revision.
    @discardableResult
    mutating func startDeployment(revision: Int, tick: Int, isRollback: Bool) -> ECSDeployment {
        var old = primary
        if old.rolloutState == .inProgress { old.finishedTick = tick }
        activeDeployments.append(old)
        primary = ECSDeployment(
            id: "ecs-svc/\(nextDeploymentNumber)", revision: revision, startedTick: tick, isRollback: isRollback)
        nextDeploymentNumber += 1
        primary.hasRunningTask = tasks.contains { $0.revision == revision && $0.status == .running }
        let what = isRollback ? "rollback to" : "deployment of"
        log(tick, isRollback ? .critical : .command, "\(name): \(what) \(family.latest.family):\(revision) started")
        return primary
    }

    /// The scheduler: stops unhealthy and surplus tasks, old ones only while
    /// `minimumHealthyPercent` holds, then starts primary tasks within `maximumPercent`.
    mutating func schedule(tick: Int) {
        for i in tasks.indices where tasks[i].status == .running && tasks[i].health == .unhealthy {
            stop(i, tick: tick, reason: .unhealthy)
        }
        let frozen = primary.rolloutState == .failed
        let revision = primary.revision
        // Old tasks that are not healthy cost no capacity to stop; healthy ones go oldest first.
        if !frozen {
            for i in tasks.indices where tasks[i].revision != revision && isLive(i) && !tasks[i].isRunningHealthy {
                stop(i, tick: tick, reason: .scheduler)
            }
            var spare = healthyCount - minimumHealthy
            for i in tasks.indices where spare > 0 && tasks[i].revision != revision && tasks[i].isRunningHealthy {
                stop(i, tick: tick, reason: .scheduler)
                spare -= 1
            }
        }
        stopSurplus(revision: revision, tick: tick)
        guard !frozen else { return }
        let live = tasks.indices.reduce(0) { $0 + (tasks[$1].revision == revision && isLive($1) ? 1 : 0) }
        let room = maximumTasks - activeCount
        let starts = min(desiredCount - live, room)
        for _ in 0..<max(0, starts) { tasks.append(newTask(revision: revision, tick: tick)) }
    }

    /// A task neither stopping nor stopped.
    func isLive(_ i: Int) -> Bool { tasks[i].status == .pending || tasks[i].status == .running }

    /// Scale-in: primary tasks above the desired count stop, least useful first (unplaced,
    /// starting, running with unknown health, then the newest healthy ones).
    mutating func stopSurplus(revision: Int, tick: Int) {
        var live = tasks.indices.filter { tasks[$0].revision == revision && isLive($0) }
        var surplus = live.count - desiredCount
        guard surplus > 0 else { return }
        func rank(_ t: ECSTask) -> Int {
            if !t.isPlaced { return 0 }
            if t.status == .pending { return 1 }
            return t.health == .healthy ? 3 : 2
        }
        live.sort { (rank(tasks[$0]), -$0) < (rank(tasks[$1]), -$1) }
        for i in live where surplus > 0 {
            stop(i, tick: tick, reason: .scheduler)
            surplus -= 1
        }
    }

    /// A task of `revision` reached RUNNING: stage 1 of its deployment's breaker ends.
    mutating func markRunning(revision: Int) {
        if primary.revision == revision { primary.hasRunningTask = true }
    }

    /// Counts a failed task against the primary deployment's circuit breaker.
    mutating func recordFailure(revision: Int, reason: ECSStopReason, tick: Int) {
        guard primary.revision == revision, primary.rolloutState == .inProgress else { return }
        // Stage 1 (tasks that never reach RUNNING) only watches until one task runs.
        if reason == .failedToStart && primary.hasRunningTask { return }
        primary.failedTasks += 1
        guard config.circuitBreaker.enable,
            primary.failedTasks >= ECSCircuitBreakerConfig.threshold(desiredCount: desiredCount)
        else { return }
        primary.rolloutState = .failed
        primary.finishedTick = tick
        log(tick, .critical, "\(name): deployment \(primary.id) FAILED: circuit breaker tripped after \(primary.failedTasks) failed tasks")
        if config.circuitBreaker.rollback, let target = lastCompletedRevision, target != revision {
            startDeployment(revision: target, tick: tick, isRollback: true)
        }
    }

    /// Completes the primary deployment at steady state and retires deployments with no tasks.
    mutating func settleDeployments(tick: Int) {
        let revision = primary.revision
        if primary.rolloutState == .inProgress,
            !tasks.contains(where: { $0.revision != revision }),
            tasks.reduce(0, { $0 + ($1.revision == revision && $1.isRunningHealthy ? 1 : 0) }) == desiredCount
        {
            primary.rolloutState = .completed
            primary.finishedTick = tick
            lastCompletedRevision = revision
            log(tick, .info, "\(name): deployment \(primary.id) completed (\(family.latest.family):\(revision))")
        }
        var kept: [ECSDeployment] = []
        for d in activeDeployments {
            if tasks.contains(where: { $0.revision == d.revision }) && d.revision != revision { kept.append(d) } else { history.append(d) }
        }
        activeDeployments = kept
    }
}
