/// What every panel needs to draw itself.
struct PanelContext {
    /// The model (snapshot, selection, filter).
    let model: DashboardModel
    /// Resolved theme styles.
    let theme: ThemeStyles
    /// Whether the panel has focus.
    let isFocused: Bool

    /// Draws the panel's box and returns the inner area.
    func box(_ title: String, trailing: String = "", in area: Rect, into buffer: inout Buffer) -> Rect {
        theme.makeBox(title: title, trailingTitle: trailing, isFocused: isFocused).render(in: area, into: &buffer)
    }
}

extension [Span] {
    /// The leading spans that fit whole in `width` columns: a line's optional parts go last
    /// and drop out instead of being cut mid-word.
    func fitting(_ width: Int) -> [Span] {
        var used = 0
        return Array(prefix { span in
            used += span.width
            return used <= width
        })
    }
}
