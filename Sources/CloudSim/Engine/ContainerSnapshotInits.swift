/// Public initialisers for the container snapshots (ECS, EKS), so other modules (the
/// dashboard's tests) can build them by hand: the identity goes in, every figure starts at
/// zero and is set field by field. Kept apart from the types, which the engine fills with
/// their memberwise initialisers.
extension ECSServiceSnapshot.Deployment {
    /// A deployment of `taskDefinition` with no tasks yet.
    public init(id: String, taskDefinition: String, state: ECSRolloutState) {
        self.id = id
        self.taskDefinition = taskDefinition
        rolloutState = state
        liveTasks = 0
        healthyTasks = 0
        failedTasks = 0
        isRollback = false
    }
}

extension ECSServiceSnapshot {
    /// A service wanting `desired` tasks, with none running yet and no older deployment.
    public init(name: String, desired: Int, primary: Deployment) {
        self.name = name
        self.desired = desired
        running = 0
        pending = 0
        waitingForCapacity = 0
        starting = 0
        stopping = 0
        healthy = 0
        minimumHealthy = 0
        maximumTasks = 0
        self.primary = primary
        older = []
        isDeploying = false
        cpuUtilization = 0
        fargateCost = 0
        runningHistory = []
    }
}

extension HPADecision {
    /// A decision at `time` that moved the replicas from `current` to `desired`.
    public init(at time: Double, from current: Int, to desired: Int, metric: Double, target: Double) {
        self.time = time
        currentReplicas = current
        self.metric = metric
        self.target = target
        recommendation = desired
        withinTolerance = current == desired
        desiredReplicas = desired
    }
}

extension EKSDeploymentSnapshot {
    /// A deployment wanting `replicas` pods, none Ready yet.
    public init(name: String, replicas: Int) {
        self.name = name
        self.replicas = replicas
        ready = 0
        starting = 0
        pending = 0
        cpuUtilization = 0
        hpaDecisions = []
    }
}

extension EKSClusterSnapshot {
    /// A cluster with these deployments and no nodes yet.
    public init(name: String, deployments: [EKSDeploymentSnapshot]) {
        self.name = name
        nodes = 0
        podsOnNodes = 0
        podSlots = 0
        self.deployments = deployments
        cost = 0
    }
}
