/// An ECS cluster: its capacity (Fargate, or EC2 container instances) and its services.
///
/// `step` advances every service once, in their order, against the shared capacity: a
/// service earlier in the list gets first claim on free container instances.
public struct ECSClusterState: Sendable {
    /// Cluster name.
    public let name: String
    /// Fargate, or the container instances and their reservations.
    public internal(set) var capacity: ECSCapacity
    /// Services, in stepping order.
    public internal(set) var services: [ECSServiceState] = []
    /// Simulated seconds per tick.
    public let tickSeconds: Double

    /// An empty cluster on this capacity.
    public init(name: String, capacity: ECSCapacity, tickSeconds: Double = 0.1) {
        self.name = name
        self.capacity = capacity
        self.tickSeconds = tickSeconds
    }

    /// Creates a service (warm: its desired tasks already running where they fit) and returns its index.
    @discardableResult
    public mutating func addService(_ config: ECSServiceConfig) -> Int {
        services.append(ECSServiceState(config: config, capacity: &capacity, tickSeconds: tickSeconds))
        return services.count - 1
    }

    /// Index of the service with this name.
    public func serviceIndex(named name: String) -> Int? { services.firstIndex { $0.name == name } }

    /// Advances every service one tick; `offered[name]` is the load on each (requests/s).
    public mutating func step(tick: Int, offered: [String: Double] = [:], random: inout SimRandom) {
        for i in services.indices {
            services[i].step(
                tick: tick, offeredRequestsPerSecond: offered[services[i].name] ?? 0, capacity: &capacity, random: &random)
        }
    }

    /// Changes one service (deploy, desired count, `ecs:stop-task`).
    public mutating func withService<T>(named name: String, _ body: (inout ECSServiceState) -> T) -> T? {
        guard let i = serviceIndex(named: name) else { return nil }
        return body(&services[i])
    }

    /// Adds a container instance (EC2 clusters).
    public mutating func addContainerInstance(_ instance: ECSContainerInstance) { capacity.addInstance(instance) }

    /// The Fargate bill of every service so far, USD.
    public func fargateCost(tick: Int) -> Double { services.reduce(0) { $0 + $1.fargateCost(tick: tick) } }

    /// Tasks waiting for capacity across services (EC2 clusters: "no container instance met
    /// all of its requirements").
    public var tasksWaitingForCapacity: Int {
        services.reduce(0) { total, s in total + s.tasks.filter { $0.status == .pending && !$0.isPlaced }.count }
    }
}
