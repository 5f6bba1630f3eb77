/// A compact one-line meter in the manner of htop: `CPU[|||||||     61/100]`.
///
/// Bars fill the brackets in proportion to `value / maximum`; the value text sits at the
/// right end inside the brackets, over the bars. Narrow areas drop the text, then the label.
public struct Meter: Widget, Sendable, Equatable {
    /// Text before the brackets (empty for none).
    public var label: String
    /// Current value.
    public var value: Double
    /// Value of a full meter.
    public var maximum: Double
    /// Text inside the right end; nil shows `value/max` with `Format.number`.
    public var valueText: String?
    /// Levels (as fractions of `maximum`) that choose the bar style.
    public var thresholds: Thresholds
    /// Styles for ok / warn / critical.
    public var levelStyles: LevelStyles
    /// Style of the label and brackets.
    public var labelStyle: Style
    /// Style of the value text.
    public var textStyle: Style

    /// Creates a meter.
    public init(
        label: String = "", value: Double, maximum: Double, valueText: String? = nil,
        thresholds: Thresholds = .none, levelStyles: LevelStyles = .standard,
        labelStyle: Style = Style(attributes: .bold), textStyle: Style = Style(attributes: .dim)
    ) {
        self.label = label
        self.value = value
        self.maximum = maximum
        self.valueText = valueText
        self.thresholds = thresholds
        self.levelStyles = levelStyles
        self.labelStyle = labelStyle
        self.textStyle = textStyle
    }

    /// `value / maximum` clamped to 0...1 (0 when the maximum is not positive).
    public var fraction: Double {
        guard maximum > 0, !value.isNaN else { return 0 }
        return min(1, max(0, value / maximum))
    }

    /// Draws on the first row of `area`.
    public func render(in area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let y = area.y
        var x = area.x
        let labelWidth = DisplayWidth.of(label)
        if area.width >= labelWidth + 3 {
            x += buffer.write(label, x: x, y: y, style: labelStyle)
        }
        let inside = area.maxX - x - 2
        guard inside >= 1 else {
            let room = area.maxX - x  // too narrow for brackets: bars only
            buffer.write(
                String(repeating: "|", count: Int((fraction * Double(room)).rounded())), x: x, y: y,
                style: style)
            return
        }
        buffer.write("[", x: x, y: y, style: labelStyle)
        buffer.write("]", x: x + inside + 1, y: y, style: labelStyle)
        let bars = Int((fraction * Double(inside)).rounded())
        let text = valueText ?? "\(Format.number(value))/\(Format.number(maximum))"
        let textWidth = DisplayWidth.of(text)
        let showsText = textWidth < inside
        for column in 0..<inside {
            let cell = column < bars ? Cell("|", style: style) : Cell.blank
            buffer[x + 1 + column, y] = cell
        }
        if showsText {
            buffer.write(text, x: x + 1 + inside - textWidth, y: y, style: textStyle)
        }
    }

    /// The bar style for the current fraction.
    private var style: Style { levelStyles.style(for: fraction, thresholds: thresholds) }
}
