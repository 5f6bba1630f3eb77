/// Horizontal bars with labels and values, one per row: `i-0a1 ████████   31 rps`.
///
/// Labels share one left column and values one right-aligned column, so the bars start
/// and the numbers end at the same place on every row. Bars use eighth blocks for
/// precision. Narrow areas drop the values first, then the labels.
public struct BarChart: Widget, Sendable, Equatable {
    /// One row of the chart.
    public struct Bar: Sendable, Equatable {
        /// Text at the left.
        public var label: String
        /// Length of the bar.
        public var value: Double
        /// Text at the right; nil shows `Format.number(value)`.
        public var valueText: String?
        /// Style of this bar; nil uses the chart's `barStyle`.
        public var style: Style?

        /// Creates a bar.
        public init(label: String, value: Double, valueText: String? = nil, style: Style? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.style = style
        }
    }

    /// The rows, top first.
    public var bars: [Bar]
    /// The value of a full-width bar; nil means the largest value.
    public var maximum: Double?
    /// Default bar style.
    public var barStyle: Style
    /// Style of the labels.
    public var labelStyle: Style
    /// Style of the values.
    public var valueStyle: Style

    /// Left partial blocks from one eighth to full.
    public static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// Creates a chart.
    public init(
        _ bars: [Bar], maximum: Double? = nil, barStyle: Style = .plain,
        labelStyle: Style = .plain, valueStyle: Style = .plain
    ) {
        self.bars = bars
        self.maximum = maximum
        self.barStyle = barStyle
        self.labelStyle = labelStyle
        self.valueStyle = valueStyle
    }

    /// Draws as many bars as there are rows.
    public func render(in area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let texts = bars.map { $0.valueText ?? Format.number($0.value) }
        var labelWidth = min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, area.width / 3)
        var valueWidth = texts.map { DisplayWidth.of($0) }.max() ?? 0
        func barWidth() -> Int {
            area.width - (labelWidth > 0 ? labelWidth + 1 : 0) - (valueWidth > 0 ? valueWidth + 1 : 0)
        }
        if barWidth() < 1 { valueWidth = 0 }
        if barWidth() < 1 { labelWidth = 0 }
        let room = barWidth()
        let top = maximum ?? (bars.map(\.value).max() ?? 0)
        for (row, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + row
            var x = area.x
            if labelWidth > 0 {
                buffer.write(TextFit.pad(bar.label, width: labelWidth), x: x, y: y, style: labelStyle)
                x += labelWidth + 1
            }
            let eighths =
                top > 0 && bar.value > 0 ? Int((min(bar.value, top) / top * Double(room * 8)).rounded()) : 0
            let full = String(repeating: "█", count: eighths / 8)
            let part = eighths % 8 == 0 ? "" : String(Self.eighths[eighths % 8 - 1])
            buffer.write(full + part, x: x, y: y, style: bar.style ?? barStyle, maxWidth: room)
            if valueWidth > 0 {
                let text = TextFit.pad(texts[row], width: valueWidth, alignment: .right)
                buffer.write(text, x: x + room + 1, y: y, style: valueStyle)
            }
        }
    }
}
