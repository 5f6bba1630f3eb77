/// The tab strip's overflow: with more panels than fit in a row even by their short titles
/// (13 panels at 80 columns), show the run of tabs around the focused one, with `‹` and `›`
/// marking the tabs cut off on either side. Tabs that fit are left alone.
enum TabStrip {
    /// The tabs to draw: all of them when they fit, else a window that holds the focused one.
    static func window(_ tabs: [Span], focus: Int, width: Int, style: Style) -> [Span] {
        let total = tabs.reduce(0) { $0 + $1.width }
        guard total > width, !tabs.isEmpty else { return tabs }
        let focus = min(max(0, focus), tabs.count - 1)
        var lo = focus
        var hi = focus + 1
        func fits(_ lo: Int, _ hi: Int) -> Bool {
            let markers = (lo > 0 ? 1 : 0) + (hi < tabs.count ? 1 : 0)
            return tabs[lo..<hi].reduce(0) { $0 + $1.width } + markers <= width
        }
        // Grow to the right first (what Tab reaches next), then to the left.
        var grew = true
        while grew {
            grew = false
            if hi < tabs.count, fits(lo, hi + 1) {
                hi += 1
                grew = true
            }
            if lo > 0, fits(lo - 1, hi) {
                lo -= 1
                grew = true
            }
        }
        return (lo > 0 ? [Span("‹", style: style)] : []) + Array(tabs[lo..<hi])
            + (hi < tabs.count ? [Span("›", style: style)] : [])
    }
}
