/// A bordered panel frame with a title on the top edge: `┌ Fleet ───── 7/10 ┐`.
///
/// Focus changes both the style and the line set (heavy by default), so focus is visible
/// without colour. An area narrower or shorter than 2 cells has no room for a border:
/// nothing is drawn and the inner area is empty.
public struct Box: Sendable, Equatable {
    /// Title drawn near the left of the top edge (empty for none).
    public var title: String
    /// Text drawn near the right of the top edge (empty for none), e.g. a count or a clock.
    public var trailingTitle: String
    /// Text drawn near the left of the bottom edge (empty for none), e.g. key hints.
    public var footer: String
    /// Whether the panel has keyboard focus.
    public var isFocused: Bool
    /// Border style when not focused.
    public var borderStyle: Style
    /// Border style when focused.
    public var focusedBorderStyle: Style
    /// Style of the titles and footer.
    public var titleStyle: Style
    /// Lines when not focused.
    public var borders: BorderSet
    /// Lines when focused.
    public var focusedBorders: BorderSet

    /// Creates a box.
    public init(
        title: String = "", trailingTitle: String = "", footer: String = "", isFocused: Bool = false,
        borderStyle: Style = .plain, focusedBorderStyle: Style = Style(attributes: .bold),
        titleStyle: Style = Style(attributes: .bold), borders: BorderSet = .plain,
        focusedBorders: BorderSet = .heavy
    ) {
        self.title = title
        self.trailingTitle = trailingTitle
        self.footer = footer
        self.isFocused = isFocused
        self.borderStyle = borderStyle
        self.focusedBorderStyle = focusedBorderStyle
        self.titleStyle = titleStyle
        self.borders = borders
        self.focusedBorders = focusedBorders
    }

    /// The area inside the border (empty when the area is too small for one).
    public static func inner(of area: Rect) -> Rect {
        guard area.width >= 2, area.height >= 2 else {
            return Rect(x: area.x, y: area.y, width: 0, height: 0)
        }
        return area.inset(by: 1)
    }

    /// Draws the border and titles; returns the inner area for the content.
    @discardableResult
    public func render(in area: Rect, into buffer: inout Buffer) -> Rect {
        let inner = Self.inner(of: area)
        guard area.width >= 2, area.height >= 2 else { return inner }
        let set = isFocused ? focusedBorders : borders
        let style = isFocused ? focusedBorderStyle : borderStyle
        let line = String(set.horizontal)
        for x in area.x + 1..<area.maxX - 1 {
            buffer[x, area.y] = Cell(line, style: style)
            buffer[x, area.maxY - 1] = Cell(line, style: style)
        }
        for y in area.y + 1..<area.maxY - 1 {
            buffer[area.x, y] = Cell(String(set.vertical), style: style)
            buffer[area.maxX - 1, y] = Cell(String(set.vertical), style: style)
        }
        buffer[area.x, area.y] = Cell(String(set.topLeft), style: style)
        buffer[area.maxX - 1, area.y] = Cell(String(set.topRight), style: style)
        buffer[area.x, area.maxY - 1] = Cell(String(set.bottomLeft), style: style)
        buffer[area.maxX - 1, area.maxY - 1] = Cell(String(set.bottomRight), style: style)
        drawEdgeTexts(row: area.y, left: title, right: trailingTitle, area: area, buffer: &buffer)
        drawEdgeTexts(row: area.maxY - 1, left: footer, right: "", area: area, buffer: &buffer)
        return inner
    }

    /// Writes ` left ` after the corner and ` right ` before the far corner; the left text wins space.
    private func drawEdgeTexts(row: Int, left: String, right: String, area: Rect, buffer: inout Buffer) {
        let room = area.width - 2  // between the corners
        var used = 0
        if !left.isEmpty, room >= 3 {
            let text = " " + TextFit.truncate(left, width: room - 2) + " "
            used = buffer.write(text, x: area.x + 1, y: row, style: titleStyle, maxWidth: room)
        }
        if !right.isEmpty {
            let free = room - used - (used > 0 ? 1 : 0)
            guard free >= 3 else { return }
            let text = " " + TextFit.truncate(right, width: free - 2) + " "
            let width = DisplayWidth.of(text)
            buffer.write(text, x: area.maxX - 1 - width, y: row, style: titleStyle, maxWidth: width)
        }
    }

    /// Draws a divider across `area` at `row`, joined to its borders: `├ Events ──────┤`.
    public func renderDivider(row: Int, title: String = "", in area: Rect, into buffer: inout Buffer) {
        guard area.width >= 2, row >= area.y, row < area.maxY else { return }
        let set = isFocused ? focusedBorders : borders
        let style = isFocused ? focusedBorderStyle : borderStyle
        for x in area.x + 1..<area.maxX - 1 { buffer[x, row] = Cell(String(set.horizontal), style: style) }
        buffer[area.x, row] = Cell(String(set.teeLeft), style: style)
        buffer[area.maxX - 1, row] = Cell(String(set.teeRight), style: style)
        drawEdgeTexts(row: row, left: title, right: "", area: area, buffer: &buffer)
    }
}
