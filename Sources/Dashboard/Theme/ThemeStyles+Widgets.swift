/// Widgets pre-styled from a resolved theme, so panels pass data, not styles.
extension ThemeStyles {
    /// The ok / warn / critical styles of meters and gauges.
    public var levels: LevelStyles {
        LevelStyles(ok: meterValueOk, warn: meterValueWarn, critical: meterValueCrit)
    }

    /// The style for a health state, by severity.
    public func state(_ level: StateLevel) -> Style {
        switch level {
        case .healthy: return stateHealthy
        case .pending: return statePending
        case .warning: return stateWarning
        case .critical: return stateCritical
        case .stopped: return stateStopped
        }
    }

    /// A panel frame in this theme's border and title styles.
    public func makeBox(
        title: String, trailingTitle: String = "", footer: String = "", isFocused: Bool = false
    ) -> Box {
        Box(
            title: title, trailingTitle: trailingTitle, footer: footer, isFocused: isFocused,
            borderStyle: panelBorder, focusedBorderStyle: panelBorderFocused,
            titleStyle: isFocused ? panelTitleFocused : panelTitle)
    }

    /// A gauge in this theme's meter styles.
    public func makeGauge(
        label: String, fraction: Double, valueText: String? = nil, thresholds: Thresholds = .none
    ) -> Gauge {
        Gauge(
            label: label, fraction: fraction, valueText: valueText, thresholds: thresholds,
            levelStyles: levels,
            labelStyle: meterLabel, emptyStyle: meterEmpty)
    }

    /// A meter in this theme's meter styles.
    public func makeMeter(
        label: String, value: Double, maximum: Double, valueText: String? = nil,
        thresholds: Thresholds = .none
    ) -> Meter {
        Meter(
            label: label, value: value, maximum: maximum, valueText: valueText, thresholds: thresholds,
            levelStyles: levels, labelStyle: meterLabel, textStyle: textDim)
    }

    /// A sparkline in this theme's sparkline styles.
    public func makeSparkline(_ values: [Double], maximum: Double? = nil, target: Double? = nil) -> Sparkline
    {
        Sparkline(values, maximum: maximum, target: target, style: sparkline, targetStyle: sparklineTarget)
    }

    /// A bar chart in this theme's chart styles.
    public func makeBarChart(_ bars: [BarChart.Bar], maximum: Double? = nil) -> BarChart {
        BarChart(bars, maximum: maximum, barStyle: chartBar, labelStyle: chartLabel, valueStyle: chartValue)
    }

    /// A table in this theme's header, text and selection styles.
    public func makeTable(columns: [TableColumn], rows: [[TableCell]], selected: Int? = nil, offset: Int = 0)
        -> Table
    {
        Table(
            columns: columns, rows: rows, selected: selected, offset: offset, headerStyle: tableHeader,
            rowStyle: text, selectionStyle: selection)
    }
}

/// How healthy something is, for picking a state style (always shown with a word or symbol too).
public enum StateLevel: Sendable, Equatable, Hashable, CaseIterable {
    /// Working normally.
    case healthy
    /// Starting, launching, draining.
    case pending
    /// Degraded.
    case warning
    /// Failing.
    case critical
    /// Stopped or terminated.
    case stopped
}
