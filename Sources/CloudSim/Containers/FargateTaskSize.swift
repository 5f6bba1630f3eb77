/// A Fargate task (or pod) size: CPU units and memory, restricted to the combinations AWS
/// accepts on Linux (`aws-behaviour.md` section 10.4).
public struct FargateTaskSize: Sendable, Equatable, Hashable {
    /// CPU units (1,024 = one vCPU).
    public var cpuUnits: Int
    /// Memory in MiB.
    public var memoryMiB: Int

    /// Creates a size; check `isValid` before using it on Fargate.
    public init(cpuUnits: Int, memoryMiB: Int) {
        self.cpuUnits = cpuUnits
        self.memoryMiB = memoryMiB
    }

    /// vCPUs billed.
    public var vCPU: Double { Double(cpuUnits) / 1_024 }
    /// GB billed (AWS bills memory per GB of the task's MiB / 1,024).
    public var memoryGB: Double { Double(memoryMiB) / 1_024 }

    /// The memory choices, in MiB, for each CPU size (section 10.4's table).
    public static func memoryChoices(cpuUnits: Int) -> [Int] {
        func gb(_ range: StrideThrough<Int>) -> [Int] { range.map { $0 * 1_024 } }
        switch cpuUnits {
        case 256: return [512, 1_024, 2_048]
        case 512: return gb(stride(from: 1, through: 4, by: 1))
        case 1_024: return gb(stride(from: 2, through: 8, by: 1))
        case 2_048: return gb(stride(from: 4, through: 16, by: 1))
        case 4_096: return gb(stride(from: 8, through: 30, by: 1))
        case 8_192: return gb(stride(from: 16, through: 60, by: 4))
        case 16_384: return gb(stride(from: 32, through: 120, by: 8))
        default: return []
        }
    }

    /// The CPU sizes Fargate offers, smallest first.
    public static let cpuChoices = [256, 512, 1_024, 2_048, 4_096, 8_192, 16_384]

    /// Whether Fargate accepts this combination.
    public var isValid: Bool { Self.memoryChoices(cpuUnits: cpuUnits).contains(memoryMiB) }

    /// The cheapest valid size with at least the given CPU and memory (how EKS on Fargate
    /// sizes a pod from its requests); nil when nothing is big enough.
    public static func smallestFitting(cpuUnits: Int, memoryMiB: Int) -> FargateTaskSize? {
        var best: FargateTaskSize?
        for cpu in cpuChoices where cpu >= cpuUnits {
            guard let memory = memoryChoices(cpuUnits: cpu).first(where: { $0 >= memoryMiB }) else { continue }
            let size = FargateTaskSize(cpuUnits: cpu, memoryMiB: memory)
            if best.map({ FargatePricing.perSecond(size) < FargatePricing.perSecond($0) }) ?? true { best = size }
        }
        return best
    }
}
