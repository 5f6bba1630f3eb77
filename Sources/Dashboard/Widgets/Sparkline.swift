/// A bar-per-sample chart in eighth blocks (▁▂▃▄▅▆▇█), newest sample at the right edge.
///
/// Each column is one sample; with a taller area each column stacks `height x 8` levels.
/// Every present sample shows at least ▁, so a flat zero still reads as "data here";
/// columns older than the history are blank. NaN and negative samples count as zero.
///
/// An optional target (for example a CPU target of 60) draws a line across its row:
/// blank cells there become `─`, and bars that stop below the target take the target
/// style, while bars that reach the target keep the bar style, so a breach pokes through.
public struct Sparkline: Widget, Sendable, Equatable {
    /// Samples, oldest first.
    public var values: [Double]
    /// The value of a full column; nil means the largest sample (or the target, if larger).
    public var maximum: Double?
    /// Optional target value drawn as a line.
    public var target: Double?
    /// Style of the bars.
    public var style: Style
    /// Style of the target line.
    public var targetStyle: Style

    /// The eight partial blocks, from one eighth to full.
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Creates a sparkline.
    public init(
        _ values: [Double], maximum: Double? = nil, target: Double? = nil,
        style: Style = .plain, targetStyle: Style = Style(attributes: .dim)
    ) {
        self.values = values
        self.maximum = maximum
        self.target = target
        self.style = style
        self.targetStyle = targetStyle
    }

    /// Draws the newest `area.width` samples.
    public func render(in area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width).map { $0.isNaN ? 0 : max(0, $0) }
        let top = maximum ?? max(shown.max() ?? 0, target ?? 0)
        let levels = Double(area.height * 8)
        let targetLevel = target.map { top > 0 ? min(levels, max(0, $0 / top * levels)) : 0 }
        let targetRow = targetLevel.map { min(area.height - 1, Int($0 / 8)) }  // rows counted from the bottom
        let firstColumn = area.maxX - shown.count
        for column in 0..<area.width {
            let x = area.x + column
            let sample: Double? = x >= firstColumn ? shown[x - firstColumn] : nil
            let level = sample.map { value -> Int in
                let scaled = top > 0 ? Int((min(value, top) / top * levels).rounded()) : 0
                return max(1, scaled)
            }
            for row in 0..<area.height {
                let y = area.maxY - 1 - row
                let fill = level.map { min(8, max(0, $0 - row * 8)) } ?? 0
                var cell = fill == 0 ? Cell.blank : Cell(String(Self.blocks[fill - 1]), style: style)
                if row == targetRow, let targetLevel, Double(level ?? 0) < targetLevel {
                    cell = fill == 0 ? Cell("─", style: targetStyle) : Cell(cell.symbol, style: targetStyle)
                }
                buffer[x, y] = cell
            }
        }
    }
}
