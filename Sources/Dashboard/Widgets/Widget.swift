/// Something that draws itself into a `Buffer` inside a `Rect`.
///
/// Rendering is pure: the same widget, area and buffer always give the same cells. Every
/// widget must cope with a zero-size or 1x1 area (drawing what fits, never trapping), and
/// never draws outside `area`.
public protocol Widget {
    /// Draws the widget into `buffer`, inside `area` only.
    func render(in area: Rect, into buffer: inout Buffer)
}

/// Horizontal placement of text inside a wider space.
public enum Alignment: Sendable, Equatable, Hashable {
    /// Flush left.
    case left
    /// Centred (an odd spare column goes to the right).
    case center
    /// Flush right.
    case right
}
