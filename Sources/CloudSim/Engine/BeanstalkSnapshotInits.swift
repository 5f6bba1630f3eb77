/// Public initialisers for the Elastic Beanstalk snapshots, so other modules (the dashboard's
/// tests) can build them by hand: the identity goes in, the rest starts empty and is set field
/// by field. Kept apart from the types, which the engine fills with their memberwise
/// initialisers.
extension BeanstalkEnvironmentSnapshot {
    /// An environment on `version`, green and Ok, with no instances and no deployment yet.
    public init(name: String, version: String) {
        self.name = name
        currentVersion = version
        basicHealth = .green
        status = .ok
        instances = []
        capacityInService = 0
        failingInService = 0
        trafficShare = [:]
        failingTrafficShare = 0
        deployment = nil
        capacityHistory = []
    }
}

extension BeanstalkInstanceCount {
    /// `count` instances on `version` in `state`.
    public init(count: Int, version: String, state: BeanstalkInstanceState) {
        self.version = version
        self.state = state
        self.count = count
    }
}

extension BeanstalkDeployment {
    /// A deployment of `version` over `previous`, in progress since `startedTick`.
    public init(
        version: String, replacing previous: String, policy: BeanstalkDeploymentPolicy,
        batches: [BeanstalkBatch],
        startedTick: Int
    ) {
        self.version = version
        previousVersion = previous
        self.policy = policy
        self.batches = batches
        self.startedTick = startedTick
    }
}

extension BeanstalkBatch {
    /// Batch `index` of `instances` instances.
    public init(_ index: Int, kind: Kind, instances: Int, status: Status) {
        self.index = index
        self.kind = kind
        self.instances = instances
        self.status = status
    }
}
