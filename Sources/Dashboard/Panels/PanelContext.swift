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
