/// An ECS service in motion: its tasks one by one, the primary deployment and the older ones
/// still draining, the circuit breaker and target tracking.
///
/// Call `step` once per tick with the requests offered to the service and the cluster's
/// capacity (`ECSClusterState` does this for its services). Per tick, in this order: task
/// lifecycle (placement, start, health, stop), the deployment scheduler (stop, then start
/// within `minimumHealthyPercent` / `maximumPercent`), the circuit breaker and completion,
/// then auto scaling. No randomness except the Fargate start-up draw.
public struct ECSServiceState: Sendable {
    /// The service's configuration (its `taskDefinition` is revision 1).
    public let config: ECSServiceConfig
    /// Simulated seconds per tick.
    public let tickSeconds: Double
    /// The task definition family: every revision registered.
    public internal(set) var family: ECSTaskDefinitionFamily
    /// Tasks to keep running (changed by `setDesiredCount` and auto scaling).
    public internal(set) var desiredCount: Int
    /// Tasks not yet STOPPED, in creation order.
    public internal(set) var tasks: [ECSTask] = []
    /// The deployment the scheduler works toward.
    public internal(set) var primary: ECSDeployment
    /// Older deployments that still have tasks (ECS's ACTIVE deployments).
    public internal(set) var activeDeployments: [ECSDeployment] = []
    /// Finished deployments, newest last (the last 16).
    public internal(set) var history = RingBuffer<ECSDeployment>(
        capacity: 16, filler: ECSDeployment(id: "", revision: 0, startedTick: 0))
    /// The revision of the last deployment that completed (a rollback's destination).
    public internal(set) var lastCompletedRevision: Int?
    /// Counters since the start.
    public internal(set) var counters = ECSServiceCounters()
    /// Fargate dollars of tasks already stopped (running tasks are added by `fargateCost`).
    public internal(set) var fargateStoppedCost = 0.0
    /// Requests per second offered in the last tick, and the CPU utilisation they caused (%).
    public internal(set) var offeredRequestsPerSecond = 0.0
    public internal(set) var cpuUtilization = 0.0
    /// Running tasks at the end of each simulated second, the last 10 minutes.
    public internal(set) var runningHistory = RingBuffer<Double>(capacity: 600, filler: 0)
    /// Whether tasks run on Fargate (set by the capacity of the last step).
    public internal(set) var isFargate = true

    var scaling = ECSServiceScalingState()
    var events: [SimEvent] = []
    var nextTaskNumber = 1
    var nextDeploymentNumber = 1
    let ticksPerSecond: Int

    /// A service at tick 0 with `desiredCount` tasks of revision 1 already RUNNING and healthy
    /// (warm start, like the engine's groups), placed on `capacity`.
    public init(config: ECSServiceConfig, capacity: inout ECSCapacity, tickSeconds: Double = 0.1) {
        self.config = config
        self.tickSeconds = tickSeconds
        family = ECSTaskDefinitionFamily(first: config.taskDefinition)
        desiredCount = config.desiredCount
        if let policy = config.autoScaling {
            desiredCount = min(max(desiredCount, policy.minCapacity), policy.maxCapacity)
        }
        ticksPerSecond = max(1, Int((1 / tickSeconds).rounded()))
        primary = ECSDeployment(id: "ecs-svc/1", revision: 1, startedTick: 0)
        primary.rolloutState = .completed
        primary.hasRunningTask = true
        primary.finishedTick = 0
        nextDeploymentNumber = 2
        lastCompletedRevision = 1
        isFargate = capacity.isFargate
        for _ in 0..<desiredCount {
            var task = newTask(revision: 1, tick: 0)
            guard let placement = capacity.place(family.latest.size) else {
                tasks.append(task)
                continue
            }
            task.isPlaced = true
            task.instance = placement
            task.placedTick = 0
            task.status = .running
            task.runningTick = 0
            task.health = .healthy
            tasks.append(task)
        }
    }

    /// Service name.
    public var name: String { config.name }
    /// RUNNING healthy tasks a deployment keeps now.
    public var minimumHealthy: Int {
        ECSServiceConfig.minimumHealthy(desired: desiredCount, percent: config.minimumHealthyPercent)
    }
    /// Tasks allowed at once now (RUNNING + PENDING + STOPPING).
    public var maximumTasks: Int {
        ECSServiceConfig.maximumTasks(desired: desiredCount, percent: config.maximumPercent)
    }
    /// Tasks in a state.
    public func count(_ status: ECSTaskStatus) -> Int { tasks.reduce(0) { $0 + ($1.status == status ? 1 : 0) } }
    /// RUNNING tasks (the count auto scaling uses).
    public var runningCount: Int { count(.running) }
    /// RUNNING healthy tasks.
    public var healthyCount: Int { tasks.reduce(0) { $0 + ($1.isRunningHealthy ? 1 : 0) } }
    /// Tasks counted by `maximumPercent`.
    public var activeCount: Int { tasks.reduce(0) { $0 + ($1.isActive ? 1 : 0) } }
    /// Whether a deployment is rolling.
    public var isDeploying: Bool { primary.rolloutState == .inProgress }

    /// Sets the desired count (clamped to the auto scaling bounds, if any).
    public mutating func setDesiredCount(_ count: Int, tick: Int) {
        var n = max(0, count)
        if let policy = config.autoScaling { n = min(max(n, policy.minCapacity), policy.maxCapacity) }
        guard n != desiredCount else { return }
        log(tick, .command, "\(name): desired count \(desiredCount) -> \(n)")
        desiredCount = n
    }

    /// Events since the last call, oldest first.
    public mutating func takeEvents() -> [SimEvent] {
        defer { events.removeAll(keepingCapacity: true) }
        return events
    }

    mutating func newTask(revision: Int, tick: Int) -> ECSTask {
        defer { nextTaskNumber += 1 }
        counters.tasksStarted += 1
        return ECSTask(id: "\(name)/\(nextTaskNumber)", revision: revision, createdTick: tick)
    }

    mutating func log(_ tick: Int, _ severity: Severity, _ message: String) {
        events.append(
            SimEvent(tick: tick, time: Double(tick) * tickSeconds, severity: severity, source: "ecs:\(name)", message: message))
    }
}

/// What a service has done since the start.
public struct ECSServiceCounters: Sendable, Equatable {
    /// Tasks created (including the warm start's).
    public var tasksStarted = 0
    /// Tasks that reached STOPPED, and of them those that failed (to start, or health checks).
    public var tasksStopped = 0
    public var tasksFailed = 0
    /// Tasks stopped from outside (`ecs:stop-task`).
    public var tasksStoppedByUser = 0
    /// Scaling activities.
    public var scaleOuts = 0
    public var scaleIns = 0
}
