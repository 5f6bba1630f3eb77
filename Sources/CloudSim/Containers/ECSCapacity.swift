/// A container instance of an EC2-backed cluster: what it offers and what its tasks reserve.
public struct ECSContainerInstance: Sendable, Equatable {
    /// Instance id.
    public var id: String
    /// CPU units registered (1,024 per vCPU).
    public var cpuUnits: Int
    /// Memory registered, MiB (a little below the instance's RAM: the agent and OS keep some).
    public var memoryMiB: Int
    /// CPU units reserved by placed tasks.
    public internal(set) var usedCPU = 0
    /// Memory reserved by placed tasks, MiB.
    public internal(set) var usedMemory = 0

    /// Creates an empty instance.
    public init(id: String, cpuUnits: Int, memoryMiB: Int) {
        self.id = id
        self.cpuUnits = max(0, cpuUnits)
        self.memoryMiB = max(0, memoryMiB)
    }

    /// Whether a task of this size fits in what is left.
    public func fits(_ size: FargateTaskSize) -> Bool {
        usedCPU + size.cpuUnits <= cpuUnits && usedMemory + size.memoryMiB <= memoryMiB
    }
}

/// The capacity a cluster's tasks run on: Fargate (always room, 30-45 s start-up) or EC2
/// container instances (a task waits PENDING until one has the CPU and memory it reserves).
public struct ECSCapacity: Sendable, Equatable {
    /// Container instances (empty on Fargate).
    public internal(set) var instances: [ECSContainerInstance]
    /// Whether tasks run on Fargate.
    public let isFargate: Bool

    /// Fargate capacity.
    public static var fargate: ECSCapacity { ECSCapacity(instances: [], isFargate: true) }

    /// EC2 capacity of these container instances.
    public static func ec2(_ instances: [ECSContainerInstance]) -> ECSCapacity {
        ECSCapacity(instances: instances, isFargate: false)
    }

    /// EC2 capacity of `count` alike instances (`i-1` ...).
    public static func ec2(count: Int, cpuUnits: Int, memoryMiB: Int) -> ECSCapacity {
        .ec2((0..<max(0, count)).map { ECSContainerInstance(id: "i-\($0 + 1)", cpuUnits: cpuUnits, memoryMiB: memoryMiB) })
    }

    /// Places a task: on Fargate always (`.some(nil)`); on EC2 the instance index with the
    /// least memory left that still fits (ECS `binpack` on memory), or nil when none fits.
    mutating func place(_ size: FargateTaskSize) -> Int?? {
        if isFargate { return .some(nil) }
        var best: Int?
        for (i, instance) in instances.enumerated() where instance.fits(size) {
            if let b = best, instances[b].memoryMiB - instances[b].usedMemory <= instance.memoryMiB - instance.usedMemory {
                continue
            }
            best = i
        }
        guard let index = best else { return nil }
        instances[index].usedCPU += size.cpuUnits
        instances[index].usedMemory += size.memoryMiB
        return .some(index)
    }

    /// Gives a stopped task's reservation back.
    mutating func release(_ size: FargateTaskSize, instance: Int?) {
        guard let i = instance, instances.indices.contains(i) else { return }
        instances[i].usedCPU = max(0, instances[i].usedCPU - size.cpuUnits)
        instances[i].usedMemory = max(0, instances[i].usedMemory - size.memoryMiB)
    }

    /// Adds a container instance (the engine's EC2 group grew).
    public mutating func addInstance(_ instance: ECSContainerInstance) { instances.append(instance) }
}
