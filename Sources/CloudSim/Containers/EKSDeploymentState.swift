/// One Deployment's pods as counts: Pending (unschedulable: no node has room), starting
/// (scheduled, not Ready) and Ready, in cohorts by node and tick.
public struct EKSDeploymentState: Sendable {
    /// Configuration.
    public let config: EKSDeploymentConfig
    /// Replicas wanted (`spec.replicas`; the HPA changes it).
    public internal(set) var replicas: Int
    /// Pods no node could take.
    public internal(set) var pending = 0
    /// The autoscaler, if configured.
    public internal(set) var hpa: HorizontalPodAutoscaler?
    /// CPU utilisation of the Ready pods in the last tick, percent of their request.
    public internal(set) var cpuUtilization = 0.0
    /// Fargate dollars of pods already gone.
    public internal(set) var fargateStoppedCost = 0.0
    var cohorts: [EKSPodCohort] = []

    /// A deployment with no pods yet (the cluster schedules them).
    public init(config: EKSDeploymentConfig) {
        self.config = config
        replicas = config.replicas
        hpa = config.hpa.map(HorizontalPodAutoscaler.init)
        if let h = config.hpa { replicas = min(max(replicas, h.minReplicas), h.maxReplicas) }
    }

    /// Deployment name.
    public var name: String { config.name }
    /// Ready pods at `tick`.
    public func ready(tick: Int) -> Int { cohorts.reduce(0) { $0 + ($1.readyTick <= tick ? $1.count : 0) } }
    /// Scheduled pods not yet Ready at `tick`.
    public func starting(tick: Int) -> Int { cohorts.reduce(0) { $0 + ($1.readyTick > tick ? $1.count : 0) } }
    /// All pods that exist (Pending + starting + Ready).
    public var podCount: Int { pending + cohorts.reduce(0) { $0 + $1.count } }

    /// Removes `n` pods, least useful first: Pending, then starting, then the newest Ready.
    /// Returns the cohorts' pods taken per node so the cluster can free the nodes.
    mutating func remove(_ n: Int, tick: Int, tickSeconds: Double) -> [(node: Int?, count: Int)] {
        var left = n
        let fromPending = min(left, pending)
        pending -= fromPending
        left -= fromPending
        var freed: [(node: Int?, count: Int)] = []
        // Newest scheduled first, which takes starting pods before Ready ones.
        let order = cohorts.indices.sorted { (cohorts[$0].readyTick, $0) > (cohorts[$1].readyTick, $1) }
        for i in order where left > 0 {
            let k = min(left, cohorts[i].count)
            cohorts[i].count -= k
            left -= k
            freed.append((cohorts[i].node, k))
            if cohorts[i].node == nil, let size = config.fargateSize {
                let seconds = Double(tick - cohorts[i].scheduledTick) * tickSeconds
                fargateStoppedCost += Double(k) * FargatePricing.cost(size, seconds: seconds)
            }
        }
        cohorts.removeAll { $0.count == 0 }
        return freed
    }

    /// Records `count` pods scheduled on `node` (nil = Fargate) at `tick`, Ready at `readyTick`.
    mutating func schedule(count: Int, node: Int?, tick: Int, readyTick: Int) {
        if let last = cohorts.indices.last, cohorts[last].node == node, cohorts[last].scheduledTick == tick,
            cohorts[last].readyTick == readyTick
        {
            cohorts[last].count += count
        } else {
            cohorts.append(EKSPodCohort(node: node, count: count, scheduledTick: tick, readyTick: readyTick))
        }
    }

    /// Fargate dollars so far: gone pods plus running ones' seconds.
    public func fargateCost(tick: Int, tickSeconds: Double) -> Double {
        guard let size = config.fargateSize else { return fargateStoppedCost }
        return cohorts.reduce(fargateStoppedCost) { total, c in
            c.node == nil ? total + Double(c.count * (tick - c.scheduledTick)) * tickSeconds * FargatePricing.perSecond(size) : total
        }
    }
}
