/// One EC2 worker node: what it can hold and what its pods request.
public struct EKSNode: Sendable, Equatable {
    /// Node name (`group-n`).
    public var name: String
    /// Node group it belongs to.
    public var group: String
    /// Allocatable CPU (millicores), memory (MiB) and pod slots.
    public var cpuMillicores: Int
    public var memoryMiB: Int
    public var maxPods: Int
    /// What the scheduled pods request.
    public internal(set) var usedCPU = 0
    public internal(set) var usedMemory = 0
    public internal(set) var pods = 0

    /// An empty node of a group.
    public init(name: String, group: EKSNodeGroupConfig) {
        self.name = name
        self.group = group.name
        cpuMillicores = group.cpuMillicores
        memoryMiB = group.memoryMiB
        maxPods = group.maxPods
    }

    /// Whether a pod with these requests fits.
    func fits(cpu: Int, memory: Int) -> Bool {
        pods < maxPods && usedCPU + cpu <= cpuMillicores && usedMemory + memory <= memoryMiB
    }

    mutating func add(cpu: Int, memory: Int, count: Int) {
        usedCPU += cpu * count
        usedMemory += memory * count
        pods += count
    }

    mutating func remove(cpu: Int, memory: Int, count: Int) {
        usedCPU = max(0, usedCPU - cpu * count)
        usedMemory = max(0, usedMemory - memory * count)
        pods = max(0, pods - count)
    }
}

/// Pods of one deployment scheduled together: same node (nil = Fargate), same tick.
struct EKSPodCohort: Sendable, Equatable {
    var node: Int?
    var count: Int
    var scheduledTick: Int
    var readyTick: Int
}
