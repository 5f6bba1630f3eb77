/// One Kubernetes Deployment as a panel shows it.
public struct EKSDeploymentSnapshot: Sendable, Equatable {
    /// Deployment name.
    public var name: String
    /// Replicas wanted; pods Ready, starting and Pending (unschedulable).
    public var replicas: Int
    public var ready: Int
    public var starting: Int
    public var pending: Int
    /// CPU utilisation of the Ready pods, percent of their request.
    public var cpuUtilization: Double
    /// The HPA's last decisions, oldest first (empty without an HPA).
    public var hpaDecisions: [HPADecision]
}

/// An EKS cluster as a panel shows it.
public struct EKSClusterSnapshot: Sendable, Equatable {
    /// Cluster name.
    public var name: String
    /// Nodes, and pods scheduled on them out of their slots.
    public var nodes: Int
    public var podsOnNodes: Int
    public var podSlots: Int
    /// Deployments.
    public var deployments: [EKSDeploymentSnapshot]
    /// Control plane plus Fargate pods so far, USD.
    public var cost: Double
}

extension EKSClusterState {
    /// The cluster as the panel shows it at `tick`.
    public func snapshot(tick: Int) -> EKSClusterSnapshot {
        EKSClusterSnapshot(
            name: config.name, nodes: nodes.count, podsOnNodes: nodes.reduce(0) { $0 + $1.pods },
            podSlots: nodes.reduce(0) { $0 + $1.maxPods },
            deployments: deployments.map { d in
                EKSDeploymentSnapshot(
                    name: d.name, replicas: d.replicas, ready: d.ready(tick: tick), starting: d.starting(tick: tick),
                    pending: d.pending, cpuUtilization: d.cpuUtilization, hpaDecisions: d.hpa?.decisions.values ?? [])
            }, cost: cost(tick: tick))
    }
}
