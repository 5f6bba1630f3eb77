import CloudSim

/// Everything the dashboard shows, as a value. Only `update` changes it; rendering reads it.
public struct DashboardModel: Sendable {
    /// The newest snapshot.
    public var snapshot: Snapshot
    /// Terminal size in cells.
    public var width: Int
    /// Terminal rows.
    public var height: Int
    /// The focused panel.
    public var focus: PanelID = .architecture
    /// Whether the focused panel fills the screen.
    public var isZoomed = false
    /// The open overlay, if any.
    public var overlay: Overlay?
    /// Selected row per panel.
    public var selection: [PanelID: Int] = [:]
    /// Event-log filter (case-insensitive substring).
    public var eventFilter = ""
    /// Whether keys currently edit the filter.
    public var isEditingFilter = false
    /// Themes available to `t`, resolved once.
    public var themes: [ThemeStyles]
    /// Index of the theme in use.
    public var themeIndex = 0
    /// Current speed (as last set).
    public var speed: Speed
    /// Whether time is stopped.
    public var isPaused: Bool
    /// Commands sent while paused: they apply at the start of the next tick.
    public var queuedWhilePaused: [Command] = []
    /// Record weights sent since the last tick, by set identifier: a second `}` before the
    /// engine applies the first steps on from the sent weight, not the snapshot's.
    public var pendingRecordWeights: [String: Int] = [:]
    /// Health-check toggles sent since the last tick, by id (same reason).
    public var pendingForcedFailing: [String: Bool] = [:]
    /// Versions deployed since the last tick, by target (a second `D` picks the one after).
    public var pendingDeployVersions: [String: String] = [:]
    /// Key bindings.
    public let keymap: Keymap
    /// Set when the session replays a recording.
    public var replay: ReplayStatus?

    /// Creates a model.
    public init(
        snapshot: Snapshot, width: Int, height: Int, themes: [ThemeStyles], themeIndex: Int = 0,
        speed: Speed = .times(1), isPaused: Bool = false, keymap: Keymap = .standard, replay: ReplayStatus? = nil
    ) {
        self.snapshot = snapshot
        self.width = width
        self.height = height
        self.themes = themes.isEmpty ? [ThemeStyles.standard] : themes
        self.themeIndex = min(max(0, themeIndex), self.themes.count - 1)
        self.speed = speed
        self.isPaused = isPaused
        self.keymap = keymap
        self.replay = replay
        if let first = PanelID.present(in: snapshot).first(where: { $0 != .architecture }) { focus = first }
    }

    /// The theme in use.
    public var theme: ThemeStyles { themes[themeIndex] }

    /// Panels present in this scenario.
    public var panels: [PanelID] { PanelID.present(in: snapshot) }

    /// The selected row of a panel.
    public func selected(_ panel: PanelID) -> Int { selection[panel] ?? 0 }

    /// Instances in the order the fleet panel lists them (zone, then id).
    public var fleetOrder: [InstanceSnapshot] {
        snapshot.instances.sorted { ($0.zone, $0.launchedAt, $0.id) < ($1.zone, $1.launchedAt, $1.id) }
    }

    /// Targets in the order the load-balancer panel lists them.
    public var targetOrder: [(balancer: String, group: String, target: TargetSnapshot)] {
        snapshot.loadBalancers.flatMap { lb in
            lb.targetGroups.flatMap { tg in tg.targets.map { (lb.name, tg.name, $0) } }
        }
    }

    /// Events that pass the filter, oldest first.
    public var filteredEvents: [SimEvent] {
        guard !eventFilter.isEmpty else { return snapshot.events }
        let needle = eventFilter.lowercased()
        return snapshot.events.filter {
            $0.message.lowercased().contains(needle) || $0.source.lowercased().contains(needle)
                || $0.severity.word.contains(needle)
        }
    }

    /// Number of selectable rows of a panel.
    public func rowCount(_ panel: PanelID) -> Int {
        switch panel {
        case .scaling: snapshot.groups.count
        case .fleet: snapshot.instances.count
        case .loadBalancer: targetOrder.count
        case .cloudFront: snapshot.cloudFront.count
        case .route53: route53Rows.count
        case .events: filteredEvents.count
        case .queues: snapshot.queues.count
        case .topics: snapshot.topics.count
        case .serverless: snapshot.functions.count + snapshot.apiStages.count
        case .containers: snapshot.ecsServices.count + snapshot.eksClusters.count
        case .beanstalk: snapshot.beanstalk.count
        case .architecture, .cost: 0
        }
    }

    /// The instance selected in the fleet or load-balancer panel (when focused).
    public var selectedInstance: InstanceSnapshot? {
        switch focus {
        case .fleet:
            let order = fleetOrder
            return order.isEmpty ? nil : order[min(selected(.fleet), order.count - 1)]
        case .loadBalancer:
            let order = targetOrder
            guard !order.isEmpty else { return nil }
            let id = order[min(selected(.loadBalancer), order.count - 1)].target.instance
            return snapshot.instances.first { $0.id == id }
        default:
            return nil
        }
    }

    /// The group selected in the scaling panel, or the selected instance's group, or the only one.
    public var selectedGroup: GroupSnapshot? {
        if focus == .scaling, !snapshot.groups.isEmpty {
            return snapshot.groups[min(selected(.scaling), snapshot.groups.count - 1)]
        }
        if let name = selectedInstance?.group { return snapshot.groups.first { $0.name == name } }
        return snapshot.groups.count == 1 ? snapshot.groups[0] : nil
    }
}
