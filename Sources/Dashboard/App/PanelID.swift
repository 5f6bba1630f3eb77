import CloudSim

/// The panels of the dashboard, in focus order.
public enum PanelID: Int, Sendable, Equatable, Hashable, CaseIterable {
    /// Components as boxes joined by arrows with live rates.
    case architecture
    /// Auto Scaling: CPU against target, capacity, alarms, timers.
    case scaling
    /// Instances per zone with state and CPU.
    case fleet
    /// Per-target share bars, health, 5xx, latency.
    case loadBalancer
    /// The running bill.
    case cost
    /// The event log.
    case events

    /// Title shown on the panel's border.
    public var title: String {
        switch self {
        case .architecture: "Architecture"
        case .scaling: "Scaling"
        case .fleet: "Fleet"
        case .loadBalancer: "Load balancer"
        case .cost: "Cost"
        case .events: "Events"
        }
    }

    /// Whether the scenario has something for this panel to show.
    public func isPresent(in snapshot: Snapshot) -> Bool {
        switch self {
        case .architecture, .cost, .events: true
        case .scaling: !snapshot.groups.isEmpty
        case .fleet: !snapshot.instances.isEmpty || !snapshot.groups.isEmpty
        case .loadBalancer: !snapshot.loadBalancers.isEmpty
        }
    }

    /// Panels present for a snapshot, in focus order.
    public static func present(in snapshot: Snapshot) -> [PanelID] { allCases.filter { $0.isPresent(in: snapshot) } }
}
