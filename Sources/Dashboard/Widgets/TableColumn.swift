/// A column of a `Table`: its header, width rule and alignment.
public struct TableColumn: Sendable, Equatable {
    /// How a column's width is decided.
    public enum Width: Sendable, Equatable, Hashable {
        /// Exactly this many columns (fewer only if the table is too narrow).
        case fixed(Int)
        /// A share of the columns left after the fixed ones, by weight.
        case flex(Int)
    }

    /// Header text.
    public var title: String
    /// Width rule.
    public var width: Width
    /// Alignment of the header and the cells.
    public var alignment: Alignment

    /// Creates a column.
    public init(_ title: String, width: Width = .flex(1), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    /// Column widths for `columns` in `total` cells with one space between columns.
    ///
    /// Fixed columns are served first, left to right, then flex columns share the rest by
    /// weight; the last flex column takes any rounding remainder.
    public static func layout(_ columns: [TableColumn], total: Int) -> [Int] {
        var remaining = max(0, total - max(0, columns.count - 1))
        var widths = Array(repeating: 0, count: columns.count)
        for (i, column) in columns.enumerated() {
            if case .fixed(let n) = column.width {
                widths[i] = min(max(0, n), remaining)
                remaining -= widths[i]
            }
        }
        let flexes = columns.enumerated().compactMap { i, c -> (Int, Int)? in
            if case .flex(let w) = c.width { return (i, max(1, w)) }
            return nil
        }
        let totalWeight = flexes.reduce(0) { $0 + $1.1 }
        var handed = 0
        for (n, (i, weight)) in flexes.enumerated() {
            widths[i] = n == flexes.count - 1 ? remaining - handed : remaining * weight / totalWeight
            handed += widths[i]
        }
        return widths
    }
}

/// One cell of a `Table`: text and an optional style of its own.
public struct TableCell: Sendable, Equatable, ExpressibleByStringLiteral {
    /// The text.
    public var text: String
    /// Its style; nil uses the row's style.
    public var style: Style?

    /// Creates a cell.
    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    /// A cell from a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }
}
