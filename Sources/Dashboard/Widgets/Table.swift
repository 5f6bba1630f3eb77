/// Rows under column headers, with a highlighted selection that always stays in view.
///
/// Rendering is pure, so the caller keeps the scroll offset: pass the previous one in
/// `offset` and store `visibleOffset(rows:)` back after drawing. Cells that do not fit end
/// in "…". The header takes the first row; rows fill the rest.
public struct Table: Widget, Sendable, Equatable {
    /// The columns.
    public var columns: [TableColumn]
    /// The rows, each with one cell per column (missing cells are blank).
    public var rows: [[TableCell]]
    /// Index of the selected row, if any.
    public var selected: Int?
    /// Index of the first row shown before adjusting for the selection.
    public var offset: Int
    /// Header style.
    public var headerStyle: Style
    /// Style of unselected rows.
    public var rowStyle: Style
    /// Style of the selected row (it overrides cell styles so the highlight is unbroken).
    public var selectionStyle: Style

    /// Creates a table.
    public init(
        columns: [TableColumn], rows: [[TableCell]], selected: Int? = nil, offset: Int = 0,
        headerStyle: Style = Style(attributes: [.bold, .underline]), rowStyle: Style = .plain,
        selectionStyle: Style = Style(attributes: .reverse)
    ) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
        self.headerStyle = headerStyle
        self.rowStyle = rowStyle
        self.selectionStyle = selectionStyle
    }

    /// The first row to show when `visibleRows` rows fit: `offset`, moved just enough to show the selection.
    public func visibleOffset(rows visibleRows: Int) -> Int {
        guard visibleRows > 0 else { return 0 }
        var first = min(max(0, offset), max(0, rows.count - visibleRows))
        if let selected, selected >= 0, selected < rows.count {
            if selected < first { first = selected }
            if selected >= first + visibleRows { first = selected - visibleRows + 1 }
        }
        return first
    }

    /// Draws the header and the visible rows.
    public func render(in area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty, !columns.isEmpty else { return }
        let widths = TableColumn.layout(columns, total: area.width)
        drawRow(
            columns.map { TableCell($0.title) }, y: area.y, widths: widths, area: area, style: headerStyle,
            forced: true, into: &buffer)
        let visible = area.height - 1
        let first = visibleOffset(rows: visible)
        for (n, index) in (first..<min(rows.count, first + max(0, visible))).enumerated() {
            let isSelected = index == selected
            let style = isSelected ? selectionStyle : rowStyle
            if isSelected {
                buffer.fill(
                    Rect(x: area.x, y: area.y + 1 + n, width: area.width, height: 1),
                    with: Cell(" ", style: style))
            }
            drawRow(
                rows[index], y: area.y + 1 + n, widths: widths, area: area, style: style, forced: isSelected,
                into: &buffer)
        }
    }

    /// Writes one row; `forced` makes `style` win over cell styles.
    private func drawRow(
        _ cells: [TableCell], y: Int, widths: [Int], area: Rect, style: Style, forced: Bool,
        into buffer: inout Buffer
    ) {
        var x = area.x
        for (i, column) in columns.enumerated() {
            let width = widths[i]
            if width > 0 {
                let cell = i < cells.count ? cells[i] : TableCell("")
                let text = TextFit.pad(cell.text, width: width, alignment: column.alignment)
                let cellStyle = forced ? style : (cell.style ?? style)
                buffer.write(text, x: x, y: y, style: cellStyle, maxWidth: min(width, area.maxX - x))
            }
            x += width + 1
        }
    }
}
