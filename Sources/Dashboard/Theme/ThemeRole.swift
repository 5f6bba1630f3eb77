/// Every semantic role a theme can style; drawing code uses `ThemeStyles`, never these strings.
///
/// A theme file may also style a prefix of a role (`meter` or `meter.value`): a role that
/// has no entry of its own falls back to its longest styled prefix.
public enum ThemeRole: String, Sendable, CaseIterable, Hashable {
    /// Panel borders.
    case panelBorder = "panel.border"
    /// The focused panel's border.
    case panelBorderFocused = "panel.border.focused"
    /// Panel titles.
    case panelTitle = "panel.title"
    /// The focused panel's title.
    case panelTitleFocused = "panel.title.focused"
    /// Ordinary text.
    case text = "text"
    /// Secondary text: units, hints, timestamps.
    case textDim = "text.dim"
    /// Emphasised text: headline numbers.
    case textEmphasis = "text.emphasis"
    /// Labels of meters and gauges.
    case meterLabel = "meter.label"
    /// The unfilled part of a meter or gauge.
    case meterEmpty = "meter.empty"
    /// A value below its warning level.
    case meterValueOk = "meter.value.ok"
    /// A value at or above its warning level.
    case meterValueWarn = "meter.value.warn"
    /// A value at or above its critical level.
    case meterValueCrit = "meter.value.crit"
    /// Healthy / InService / OK.
    case stateHealthy = "state.healthy"
    /// Degraded / impaired / INSUFFICIENT_DATA.
    case stateWarning = "state.warning"
    /// Unhealthy / failed / ALARM.
    case stateCritical = "state.critical"
    /// Pending / launching / draining.
    case statePending = "state.pending"
    /// Stopped / terminated.
    case stateStopped = "state.stopped"
    /// An active fault marker.
    case faultActive = "fault.active"
    /// The bottom key bar.
    case statusBar = "statusBar"
    /// Key names in the key bar.
    case statusBarKey = "statusBar.key"
    /// The top title bar.
    case titleBar = "titleBar"
    /// Highlights in the title bar (speed, running state).
    case titleBarAccent = "titleBar.accent"
    /// Event-log timestamps.
    case eventTime = "event.time"
    /// Informational events.
    case eventInfo = "event.info"
    /// Warning events.
    case eventWarning = "event.warning"
    /// Critical events.
    case eventCritical = "event.critical"
    /// Commands the user issued.
    case eventCommand = "event.command"
    /// Sparkline bars.
    case sparkline = "sparkline"
    /// A sparkline's target line.
    case sparklineTarget = "sparkline.target"
    /// The selected row or item.
    case selection = "selection"
    /// Overlay (help, menus) body.
    case overlay = "overlay"
    /// Overlay border.
    case overlayBorder = "overlay.border"
    /// Overlay title.
    case overlayTitle = "overlay.title"
    /// Bars of bar charts.
    case chartBar = "chart.bar"
    /// Labels of bar charts.
    case chartLabel = "chart.label"
    /// Values of bar charts.
    case chartValue = "chart.value"
    /// Table headers.
    case tableHeader = "table.header"
    /// Nodes of the architecture map.
    case mapNode = "map.node"
    /// Flow arrows of the architecture map.
    case mapFlow = "map.flow"

    /// Whether `name` is a role or a dot-boundary prefix of one (so a theme may style it).
    public static func isStylable(_ name: String) -> Bool {
        allCases.contains { $0.rawValue == name || $0.rawValue.hasPrefix(name + ".") }
    }

    /// Every name a theme may style: the roles and their prefixes, sorted.
    public static var stylableNames: [String] {
        var names = Set<String>()
        for role in allCases {
            let parts = role.rawValue.split(separator: ".")
            for n in 1...parts.count { names.insert(parts.prefix(n).joined(separator: ".")) }
        }
        return names.sorted()
    }
}
