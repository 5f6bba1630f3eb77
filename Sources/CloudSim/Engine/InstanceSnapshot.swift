/// Auto Scaling lifecycle state (with EC2's own states for stand-alone instances).
public enum LifecycleState: String, Sendable, Equatable, CaseIterable {
    /// Launching / booting.
    case pending = "Pending"
    /// Serving.
    case inService = "InService"
    /// Being stopped (type change).
    case stopping = "Stopping"
    /// Stopped (type change in progress).
    case stopped = "Stopped"
    /// Deregistering / shutting down.
    case terminating = "Terminating"
    /// Gone.
    case terminated = "Terminated"
}

/// One instance.
public struct InstanceSnapshot: Sendable, Equatable {
    /// Instance id (`i-0a1` style) or configured name.
    public var id: String
    /// Owning group, if any.
    public var group: String?
    /// Availability zone.
    public var zone: String
    /// Instance type.
    public var instanceType: String
    /// Lifecycle state.
    public var state: LifecycleState
    /// Whether EC2 status checks pass (false in a zone outage).
    public var isReachable: Bool
    /// Whether the group has marked it unhealthy.
    public var isMarkedUnhealthy: Bool
    /// Whether it is inside its warm-up window.
    public var isWarmingUp: Bool
    /// CPU utilisation 0...1 over the last second.
    public var cpu: Double
    /// Burstable credit balance (nil for fixed-performance types).
    public var cpuCredits: Double?
    /// Requests per second served.
    public var rps: Double
    /// Requests waiting in its queue.
    public var queued: Double
    /// Mean latency of its responses in milliseconds.
    public var latencyMillis: Double
    /// Simulated second it launched.
    public var launchedAt: Double
}
