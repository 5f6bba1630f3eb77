/// The grid for scenarios with an edge (Route 53, CloudFront): eight panels do not fit the
/// two-column grid, and the map needs the whole width for clients -> DNS -> CDN -> origin ->
/// compute.
///
/// The architecture map spans the top. From 150x42 three columns follow: scaling over
/// fleet, load balancer over cost, CloudFront over Route 53. Between 120x36 and that, two
/// columns of two cells each, where a cell may hold two panels and shows the focused one
/// (scaling or fleet, load balancer or cost); the tab strip above names every panel, so the
/// hidden ones stay one key away.
extension DashboardLayout {
    /// Whether the edge grid has room for three columns with every panel visible.
    public static func isWideEdgeGrid(width: Int, height: Int) -> Bool { width >= 150 && height >= 42 }

    /// Places the panels of an edge scenario in `body` (the event log along the bottom).
    static func edgeGrid(_ body: Rect, panels: [PanelID], focus: PanelID, isWide: Bool) -> [(PanelID, Rect)] {
        let eventsHeight = panels.contains(.events) ? max(6, body.height / 5) : 0
        var top = Rect(x: body.x, y: body.y, width: body.width, height: body.height - eventsHeight)
        var result: [(PanelID, Rect)] = []
        if panels.contains(.architecture) {
            // Room for two rows of boxes (a load balancer and a bucket behind one distribution).
            let mapHeight = min(10, max(8, top.height * 2 / 7))
            result.append((.architecture, Rect(x: top.x, y: top.y, width: top.width, height: mapHeight)))
            top = Rect(x: top.x, y: top.y + mapHeight, width: top.width, height: top.height - mapHeight)
        }
        // Columns of cells; a cell shows its focused panel, else its first present one.
        let layout: [[[PanelID]]] =
            isWide
            ? [[[.scaling], [.fleet]], [[.loadBalancer], [.cost]], [[.cloudFront], [.route53]]]
            : [[[.scaling, .fleet], [.cloudFront]], [[.loadBalancer, .cost], [.route53]]]
        let columns: [[PanelID]] = layout.map { cells in
            cells.compactMap { cell in
                let present = cell.filter(panels.contains)
                return present.contains(focus) ? focus : present.first
            }
        }.filter { !$0.isEmpty }
        var x = top.x
        for (c, column) in columns.enumerated() {
            let width = c == columns.count - 1 ? top.maxX - x : top.width / columns.count
            // Wide columns share their height by weight; narrow ones evenly, so CloudFront and
            // Route 53 start on the same row and a cell keeps its height when its panel changes.
            let weights = column.map { isWide ? weight($0) : 1 }
            let total = weights.reduce(0, +)
            var y = top.y
            for (k, id) in column.enumerated() {
                let height = k == column.count - 1 ? top.maxY - y : top.height * weights[k] / max(total, 1)
                result.append((id, Rect(x: x, y: y, width: width, height: height)))
                y += height
            }
            x += width
        }
        if eventsHeight > 0 {
            result.append((.events, Rect(x: body.x, y: top.maxY, width: body.width, height: eventsHeight)))
        }
        return result
    }
}
