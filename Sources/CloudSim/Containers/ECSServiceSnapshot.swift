/// One ECS service as a panel shows it.
public struct ECSServiceSnapshot: Sendable, Equatable {
    /// A deployment as the panel lists it.
    public struct Deployment: Sendable, Equatable {
        /// Deployment id, revision (`family:n`) and rollout state.
        public var id: String
        public var taskDefinition: String
        public var rolloutState: ECSRolloutState
        /// Its tasks: not stopping, and RUNNING healthy.
        public var liveTasks: Int
        public var healthyTasks: Int
        /// Tasks that failed, counted by the circuit breaker.
        public var failedTasks: Int
        /// Whether it is a rollback.
        public var isRollback: Bool
    }

    /// Service name.
    public var name: String
    /// Desired, RUNNING and PENDING counts (the console's three figures).
    public var desired: Int
    public var running: Int
    public var pending: Int
    /// Tasks by state; pending split into waiting for capacity and starting.
    public var waitingForCapacity: Int
    public var starting: Int
    public var stopping: Int
    /// RUNNING healthy tasks and the deployment bounds in force.
    public var healthy: Int
    public var minimumHealthy: Int
    public var maximumTasks: Int
    /// The primary deployment and the older ones still holding tasks (old/new counts).
    public var primary: Deployment
    public var older: [Deployment]
    /// Whether a deployment is rolling.
    public var isDeploying: Bool
    /// CPU utilisation of the last tick (%), and the Fargate bill so far (USD).
    public var cpuUtilization: Double
    public var fargateCost: Double
    /// RUNNING tasks per second, oldest first (last 10 minutes).
    public var runningHistory: [Double]
    /// Cluster, launch type and target group (filled by the engine; empty when unknown).
    public var cluster = ""
    public var launchType = ECSLaunchType.fargate
    public var targetGroup: String?
}

extension ECSServiceState {
    /// The service as the panel shows it at `tick`.
    public func snapshot(tick: Int) -> ECSServiceSnapshot {
        func describe(_ d: ECSDeployment) -> ECSServiceSnapshot.Deployment {
            let mine = tasks.filter { $0.revision == d.revision }
            return ECSServiceSnapshot.Deployment(
                id: d.id, taskDefinition: "\(family.latest.family):\(d.revision)", rolloutState: d.rolloutState,
                liveTasks: mine.filter { $0.status == .pending || $0.status == .running }.count,
                healthyTasks: mine.filter(\.isRunningHealthy).count, failedTasks: d.failedTasks, isRollback: d.isRollback)
        }
        let pending = tasks.filter { $0.status == .pending }
        return ECSServiceSnapshot(
            name: name, desired: desiredCount, running: runningCount, pending: pending.count,
            waitingForCapacity: pending.filter { !$0.isPlaced }.count, starting: pending.filter(\.isPlaced).count,
            stopping: count(.stopping), healthy: healthyCount, minimumHealthy: minimumHealthy, maximumTasks: maximumTasks,
            primary: describe(primary), older: activeDeployments.map(describe), isDeploying: isDeploying,
            cpuUtilization: cpuUtilization, fargateCost: fargateCost(tick: tick), runningHistory: runningHistory.values)
    }
}
