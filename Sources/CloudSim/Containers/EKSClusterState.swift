/// An EKS cluster in motion: the control plane (billed per hour), nodes, and deployments
/// whose pods are scheduled onto nodes (or Fargate) and autoscaled by the HPA.
///
/// Per tick: each HPA whose 15 s sync is due sets its deployment's replicas; replicas are
/// reconciled (new pods Pending, surplus removed); Pending pods are scheduled onto the node
/// with the most free CPU that fits their requests (Kubernetes' default spreading); a pod
/// that fits nowhere stays Pending until room appears.
public struct EKSClusterState: Sendable {
    /// Configuration.
    public let config: EKSClusterConfig
    /// Simulated seconds per tick.
    public let tickSeconds: Double
    /// Worker nodes of every node group.
    public internal(set) var nodes: [EKSNode] = []
    /// Deployments, in stepping order.
    public internal(set) var deployments: [EKSDeploymentState] = []

    /// A cluster with its node groups' nodes and no deployments.
    public init(config: EKSClusterConfig, tickSeconds: Double = 0.1) {
        self.config = config
        self.tickSeconds = tickSeconds
        for group in config.nodeGroups {
            for n in 0..<group.nodes { nodes.append(EKSNode(name: "\(group.name)-\(n + 1)", group: group)) }
        }
    }

    /// Adds a deployment; its pods start Ready where they fit (warm start), the rest Pending.
    @discardableResult
    public mutating func addDeployment(_ deployment: EKSDeploymentConfig) -> Int {
        deployments.append(EKSDeploymentState(config: deployment))
        let i = deployments.count - 1
        deployments[i].pending = deployments[i].replicas
        var unused = SimRandom(seed: 0)
        scheduleIndex(i, tick: 0, warm: true, random: &unused)
        return i
    }

    /// Advances one tick; `offered[name]` is each deployment's load in requests/s.
    public mutating func step(tick: Int, offered: [String: Double] = [:], random: inout SimRandom) {
        let time = Double(tick) * tickSeconds
        for i in deployments.indices {
            let d = deployments[i]
            let ready = d.ready(tick: tick)
            let capacity = Double(ready) * d.config.requestsPerSecondPerPod
            let load = offered[d.name] ?? 0
            let utilisation = capacity > 0 ? load / capacity * 100 : (load > 0 ? d.config.cpuLimitPercent : 0)
            deployments[i].cpuUtilization = min(utilisation, d.config.cpuLimitPercent)
            if let hpa = d.hpa, ready > 0 {
                let syncTicks = max(1, Int((hpa.config.syncPeriodSeconds / tickSeconds).rounded()))
                if tick % syncTicks == 0 {
                    deployments[i].replicas = deployments[i].hpa!.evaluate(
                        time: time, currentReplicas: d.replicas, metric: deployments[i].cpuUtilization)
                }
            }
            reconcile(i, tick: tick)
            scheduleIndex(i, tick: tick, warm: false, random: &random)
        }
    }

    /// Adds Pending pods up to `replicas`, or removes the surplus.
    mutating func reconcile(_ i: Int, tick: Int) {
        let gap = deployments[i].replicas - deployments[i].podCount
        if gap > 0 { deployments[i].pending += gap }
        if gap < 0 {
            let d = deployments[i].config
            for (node, count) in deployments[i].remove(-gap, tick: tick, tickSeconds: tickSeconds) {
                if let n = node { nodes[n].remove(cpu: d.cpuRequestMillicores, memory: d.memoryRequestMiB, count: count) }
            }
        }
    }

    /// Schedules deployment `i`'s Pending pods.
    mutating func scheduleIndex(_ i: Int, tick: Int, warm: Bool, random: inout SimRandom) {
        let d = deployments[i].config
        while deployments[i].pending > 0 {
            var node: Int?
            if !d.onFargate {
                var best: Int?
                for n in nodes.indices where nodes[n].fits(cpu: d.cpuRequestMillicores, memory: d.memoryRequestMiB) {
                    let free = nodes[n].cpuMillicores - nodes[n].usedCPU
                    if best.map({ free > nodes[$0].cpuMillicores - nodes[$0].usedCPU }) ?? true { best = n }
                }
                guard let b = best else { return }
                node = b
                nodes[b].add(cpu: d.cpuRequestMillicores, memory: d.memoryRequestMiB, count: 1)
            } else if d.fargateSize == nil {
                return
            }
            let seconds: Double
            if warm {
                seconds = 0
            } else if d.onFargate {
                let r = d.fargateStartSeconds
                seconds = r.lowerBound + (r.upperBound - r.lowerBound) * random.uniform()
            } else {
                seconds = d.nodeStartSeconds
            }
            deployments[i].pending -= 1
            deployments[i].schedule(
                count: 1, node: node, tick: tick, readyTick: tick + Int((seconds / tickSeconds).rounded()))
        }
    }

    /// Index of the deployment with this name.
    public func deploymentIndex(named name: String) -> Int? { deployments.firstIndex { $0.name == name } }

    /// Sets a deployment's replicas by hand (`kubectl scale`); an HPA may change it again.
    public mutating func scale(_ name: String, replicas: Int) {
        guard let i = deploymentIndex(named: name) else { return }
        deployments[i].replicas = max(0, replicas)
    }

    /// Adds nodes to a node group (what a cluster autoscaler or a console edit would do).
    public mutating func addNodes(group: String, count: Int) {
        guard let g = config.nodeGroups.first(where: { $0.name == group }) else { return }
        let existing = nodes.filter { $0.group == group }.count
        for n in 0..<max(0, count) { nodes.append(EKSNode(name: "\(group)-\(existing + n + 1)", group: g)) }
    }

    /// Dollars so far: the control plane's hours plus Fargate pods.
    public func cost(tick: Int) -> Double {
        let hours = Double(tick) * tickSeconds / 3_600
        return hours * config.controlPlanePerHour
            + deployments.reduce(0) { $0 + $1.fargateCost(tick: tick, tickSeconds: tickSeconds) }
    }
}
