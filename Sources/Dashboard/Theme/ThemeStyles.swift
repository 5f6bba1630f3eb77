/// A theme resolved once into plain styles, one stored property per role.
///
/// Build it when the theme changes (start-up, the `t` key), then draw from its properties:
/// no string look-ups per frame. Colours are as the theme wrote them; the backend reduces
/// them to what the terminal supports.
public struct ThemeStyles: Sendable, Equatable {
    /// The name of the theme these styles came from.
    public let themeName: String
    /// `panel.border`: panel borders.
    public let panelBorder: Style
    /// `panel.border.focused`: the focused panel's border.
    public let panelBorderFocused: Style
    /// `panel.title`: panel titles.
    public let panelTitle: Style
    /// `panel.title.focused`: the focused panel's title.
    public let panelTitleFocused: Style
    /// `text`: ordinary text.
    public let text: Style
    /// `text.dim`: secondary text: units, hints, timestamps.
    public let textDim: Style
    /// `text.emphasis`: emphasised text: headline numbers.
    public let textEmphasis: Style
    /// `meter.label`: labels of meters and gauges.
    public let meterLabel: Style
    /// `meter.empty`: the unfilled part of a meter or gauge.
    public let meterEmpty: Style
    /// `meter.value.ok`: a value below its warning level.
    public let meterValueOk: Style
    /// `meter.value.warn`: a value at or above its warning level.
    public let meterValueWarn: Style
    /// `meter.value.crit`: a value at or above its critical level.
    public let meterValueCrit: Style
    /// `state.healthy`: healthy / InService / OK.
    public let stateHealthy: Style
    /// `state.warning`: degraded / impaired / INSUFFICIENT_DATA.
    public let stateWarning: Style
    /// `state.critical`: unhealthy / failed / ALARM.
    public let stateCritical: Style
    /// `state.pending`: pending / launching / draining.
    public let statePending: Style
    /// `state.stopped`: stopped / terminated.
    public let stateStopped: Style
    /// `fault.active`: an active fault marker.
    public let faultActive: Style
    /// `statusBar`: the bottom key bar.
    public let statusBar: Style
    /// `statusBar.key`: key names in the key bar.
    public let statusBarKey: Style
    /// `titleBar`: the top title bar.
    public let titleBar: Style
    /// `titleBar.accent`: highlights in the title bar (speed, running state).
    public let titleBarAccent: Style
    /// `event.time`: event-log timestamps.
    public let eventTime: Style
    /// `event.info`: informational events.
    public let eventInfo: Style
    /// `event.warning`: warning events.
    public let eventWarning: Style
    /// `event.critical`: critical events.
    public let eventCritical: Style
    /// `event.command`: commands the user issued.
    public let eventCommand: Style
    /// `sparkline`: sparkline bars.
    public let sparkline: Style
    /// `sparkline.target`: a sparkline's target line.
    public let sparklineTarget: Style
    /// `selection`: the selected row or item.
    public let selection: Style
    /// `overlay`: overlay (help, menus) body.
    public let overlay: Style
    /// `overlay.border`: overlay border.
    public let overlayBorder: Style
    /// `overlay.title`: overlay title.
    public let overlayTitle: Style
    /// `chart.bar`: bars of bar charts.
    public let chartBar: Style
    /// `chart.label`: labels of bar charts.
    public let chartLabel: Style
    /// `chart.value`: values of bar charts.
    public let chartValue: Style
    /// `table.header`: table headers.
    public let tableHeader: Style
    /// `map.node`: nodes of the architecture map.
    public let mapNode: Style
    /// `map.flow`: flow arrows of the architecture map.
    public let mapFlow: Style

    /// Resolves every role of `theme` (with inheritance and the default theme as fallbacks).
    public init(theme: Theme) {
        themeName = theme.name
        panelBorder = theme.style(for: .panelBorder)
        panelBorderFocused = theme.style(for: .panelBorderFocused)
        panelTitle = theme.style(for: .panelTitle)
        panelTitleFocused = theme.style(for: .panelTitleFocused)
        text = theme.style(for: .text)
        textDim = theme.style(for: .textDim)
        textEmphasis = theme.style(for: .textEmphasis)
        meterLabel = theme.style(for: .meterLabel)
        meterEmpty = theme.style(for: .meterEmpty)
        meterValueOk = theme.style(for: .meterValueOk)
        meterValueWarn = theme.style(for: .meterValueWarn)
        meterValueCrit = theme.style(for: .meterValueCrit)
        stateHealthy = theme.style(for: .stateHealthy)
        stateWarning = theme.style(for: .stateWarning)
        stateCritical = theme.style(for: .stateCritical)
        statePending = theme.style(for: .statePending)
        stateStopped = theme.style(for: .stateStopped)
        faultActive = theme.style(for: .faultActive)
        statusBar = theme.style(for: .statusBar)
        statusBarKey = theme.style(for: .statusBarKey)
        titleBar = theme.style(for: .titleBar)
        titleBarAccent = theme.style(for: .titleBarAccent)
        eventTime = theme.style(for: .eventTime)
        eventInfo = theme.style(for: .eventInfo)
        eventWarning = theme.style(for: .eventWarning)
        eventCritical = theme.style(for: .eventCritical)
        eventCommand = theme.style(for: .eventCommand)
        sparkline = theme.style(for: .sparkline)
        sparklineTarget = theme.style(for: .sparklineTarget)
        selection = theme.style(for: .selection)
        overlay = theme.style(for: .overlay)
        overlayBorder = theme.style(for: .overlayBorder)
        overlayTitle = theme.style(for: .overlayTitle)
        chartBar = theme.style(for: .chartBar)
        chartLabel = theme.style(for: .chartLabel)
        chartValue = theme.style(for: .chartValue)
        tableHeader = theme.style(for: .tableHeader)
        mapNode = theme.style(for: .mapNode)
        mapFlow = theme.style(for: .mapFlow)
    }

    /// The default theme, resolved.
    public static let standard = ThemeStyles(theme: ThemeLibrary.defaultTheme)
}
