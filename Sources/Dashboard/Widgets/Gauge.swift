/// A labelled fill bar with its value: `CPU [██████░░░░] 61%`.
///
/// The fill and the value take the ok / warn / critical style chosen by `thresholds`.
/// When the area is narrow the label goes first, then the bar; the value stays longest.
public struct Gauge: Widget, Sendable, Equatable {
    /// Text before the bar (empty for none).
    public var label: String
    /// How full, 0...1 (clamped; NaN counts as 0).
    public var fraction: Double
    /// Text after the bar; nil shows `Format.percent(fraction)`.
    public var valueText: String?
    /// Levels that choose the style.
    public var thresholds: Thresholds
    /// Styles for ok / warn / critical.
    public var levelStyles: LevelStyles
    /// Style of the label and brackets.
    public var labelStyle: Style
    /// Style of the unfilled part.
    public var emptyStyle: Style

    /// Creates a gauge.
    public init(
        label: String = "", fraction: Double, valueText: String? = nil, thresholds: Thresholds = .none,
        levelStyles: LevelStyles = .standard, labelStyle: Style = .plain,
        emptyStyle: Style = Style(attributes: .dim)
    ) {
        self.label = label
        self.fraction = fraction
        self.valueText = valueText
        self.thresholds = thresholds
        self.levelStyles = levelStyles
        self.labelStyle = labelStyle
        self.emptyStyle = emptyStyle
    }

    /// The clamped fraction.
    var clamped: Double { fraction.isNaN ? 0 : min(1, max(0, fraction)) }

    /// Draws on the first row of `area`.
    public func render(in area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let level = levelStyles.style(for: clamped, thresholds: thresholds)
        let text = valueText ?? Format.percent(clamped)
        let textWidth = DisplayWidth.of(text)
        let labelWidth = label.isEmpty ? 0 : DisplayWidth.of(label) + 1
        var x = area.x
        let y = area.y
        var barWidth = area.width - labelWidth - 3 - textWidth
        if barWidth >= 1 {
            x += buffer.write(label.isEmpty ? "" : label + " ", x: x, y: y, style: labelStyle)
        } else {
            barWidth = area.width - 3 - textWidth
        }
        guard barWidth >= 1 else {
            buffer.write(
                TextFit.truncate(text, width: area.width), x: x, y: y, style: level, maxWidth: area.width)
            return
        }
        let filled = Int((clamped * Double(barWidth)).rounded())
        x += buffer.write("[", x: x, y: y, style: labelStyle)
        x += buffer.write(String(repeating: "█", count: filled), x: x, y: y, style: level)
        x += buffer.write(String(repeating: "░", count: barWidth - filled), x: x, y: y, style: emptyStyle)
        x += buffer.write("] ", x: x, y: y, style: labelStyle)
        buffer.write(text, x: x, y: y, style: level, maxWidth: area.maxX - x)
    }
}
