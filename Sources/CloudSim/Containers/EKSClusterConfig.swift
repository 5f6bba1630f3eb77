/// An EKS cluster: support tier (the control plane's hourly price) and its node groups.
public struct EKSClusterConfig: Sendable, Equatable {
    /// Kubernetes version support tier.
    public enum SupportTier: String, Sendable, Equatable {
        /// Standard support: $0.10 per cluster-hour.
        case standard
        /// Extended support: $0.60 per cluster-hour.
        case extended
    }

    /// Cluster name.
    public var name: String
    /// Support tier.
    public var supportTier: SupportTier
    /// Managed node groups (EC2); empty for a Fargate-only cluster.
    public var nodeGroups: [EKSNodeGroupConfig]

    /// Creates a cluster.
    public init(name: String, supportTier: SupportTier = .standard, nodeGroups: [EKSNodeGroupConfig] = []) {
        self.name = name
        self.supportTier = supportTier
        self.nodeGroups = nodeGroups
    }

    /// Dollars per cluster-hour of the control plane (section 10.5).
    public var controlPlanePerHour: Double {
        supportTier == .standard ? EKSPricing.standardPerHour : EKSPricing.extendedPerHour
    }
}

/// A managed node group of alike EC2 nodes.
public struct EKSNodeGroupConfig: Sendable, Equatable {
    /// Group name.
    public var name: String
    /// Nodes.
    public var nodes: Int
    /// Allocatable CPU (millicores) and memory (MiB) per node, after the kubelet's reservations.
    public var cpuMillicores: Int
    public var memoryMiB: Int
    /// Pods per node (the VPC CNI's IP limit; 29 on an m5.large).
    public var maxPods: Int

    /// Creates a node group; the defaults are an m5.large (2 vCPU, 8 GiB) less reservations.
    public init(name: String, nodes: Int, cpuMillicores: Int = 1_930, memoryMiB: Int = 7_200, maxPods: Int = 29) {
        self.name = name
        self.nodes = max(0, nodes)
        self.cpuMillicores = max(0, cpuMillicores)
        self.memoryMiB = max(0, memoryMiB)
        self.maxPods = max(0, maxPods)
    }
}

/// A Kubernetes Deployment: replicas of one pod template, optionally autoscaled.
public struct EKSDeploymentConfig: Sendable, Equatable {
    /// Deployment name.
    public var name: String
    /// Replicas at the start.
    public var replicas: Int
    /// The pod's CPU request (millicores) and memory request (MiB).
    public var cpuRequestMillicores: Int
    public var memoryRequestMiB: Int
    /// Requests per second one pod serves at 100 % of its CPU request.
    public var requestsPerSecondPerPod: Double
    /// Utilisation ceiling, percent of the request (the CPU limit; 100 = limit equals request).
    public var cpuLimitPercent: Double
    /// Whether pods run on Fargate (a Fargate profile selects them) instead of the nodes.
    public var onFargate: Bool
    /// Seconds from scheduling to Ready on a node (image cached; our choice).
    public var nodeStartSeconds: Double
    /// Seconds from scheduling to Ready on Fargate, drawn uniformly (section 10.4: 30-45 s).
    public var fargateStartSeconds: ClosedRange<Double>
    /// The Horizontal Pod Autoscaler, if any.
    public var hpa: HPAConfig?

    /// Creates a deployment.
    public init(
        name: String, replicas: Int, cpuRequestMillicores: Int = 250, memoryRequestMiB: Int = 512,
        requestsPerSecondPerPod: Double = 50, cpuLimitPercent: Double = 100, onFargate: Bool = false,
        nodeStartSeconds: Double = 5, fargateStartSeconds: ClosedRange<Double> = 30...45, hpa: HPAConfig? = nil
    ) {
        self.name = name
        self.replicas = max(0, replicas)
        self.cpuRequestMillicores = max(1, cpuRequestMillicores)
        self.memoryRequestMiB = max(1, memoryRequestMiB)
        self.requestsPerSecondPerPod = max(0, requestsPerSecondPerPod)
        self.cpuLimitPercent = max(1, cpuLimitPercent)
        self.onFargate = onFargate
        self.nodeStartSeconds = max(0, nodeStartSeconds)
        self.fargateStartSeconds = fargateStartSeconds
        self.hpa = hpa
    }

    /// The Fargate size a pod gets: the smallest valid size covering its requests.
    public var fargateSize: FargateTaskSize? {
        FargateTaskSize.smallestFitting(cpuUnits: (cpuRequestMillicores * 1_024 + 999) / 1_000, memoryMiB: memoryRequestMiB)
    }
}
