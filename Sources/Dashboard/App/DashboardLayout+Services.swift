/// The grid for scenarios with queues, topics, functions, API stages, containers or Beanstalk:
/// up to thirteen panels do not fit one at a time, so panels share cells.
///
/// The map spans the top (taller, for the asynchronous paths under the request path). Below
/// it, cells in rows: scaling / fleet, load balancer / cost, CloudFront / Route 53, queues /
/// topics, serverless, containers / Beanstalk; each cell shows its focused panel, else its
/// first present one, and the tab strip above names every panel. From 150x42 three cells a
/// row (at most six cells); below that two a row, and the cells merge in pairs (compute with
/// the load balancer, queues with serverless) until four remain.
extension DashboardLayout {
    /// Whether a panel shows one of the services beyond compute and the edge.
    static func isService(_ id: PanelID) -> Bool {
        switch id {
        case .queues, .topics, .serverless, .containers, .beanstalk: true
        default: false
        }
    }

    /// Cells of panels in reading order, before merging.
    static let serviceCells: [[PanelID]] = [
        [.scaling, .fleet], [.loadBalancer, .cost], [.cloudFront, .route53], [.queues, .topics],
        [.serverless],
        [.containers, .beanstalk],
    ]

    /// Which cells merge first when there are more than fit, by a panel each holds.
    static let serviceMerges: [(PanelID, PanelID)] = [
        (.scaling, .loadBalancer), (.queues, .serverless), (.cloudFront, .containers),
    ]

    /// Places the panels of a services scenario in `body` (the event log along the bottom).
    static func servicesGrid(_ body: Rect, panels: [PanelID], focus: PanelID, isWide: Bool) -> [(
        PanelID, Rect
    )] {
        let eventsHeight = panels.contains(.events) ? max(6, body.height / 5) : 0
        var top = Rect(x: body.x, y: body.y, width: body.width, height: body.height - eventsHeight)
        var result: [(PanelID, Rect)] = []
        if panels.contains(.architecture) {
            let mapHeight = max(8, min(14, top.height * 2 / 5))
            result.append((.architecture, Rect(x: top.x, y: top.y, width: top.width, height: mapHeight)))
            top = Rect(x: top.x, y: top.y + mapHeight, width: top.width, height: top.height - mapHeight)
        }
        let perRow = isWide ? 3 : 2
        var cells = serviceCells.map { $0.filter(panels.contains) }.filter { !$0.isEmpty }
        for (a, b) in serviceMerges where cells.count > perRow * 2 {
            guard let i = cells.firstIndex(where: { $0.contains(a) }),
                let j = cells.firstIndex(where: { $0.contains(b) })
            else { continue }
            cells[i] += cells[j]
            cells.remove(at: j)
        }
        while cells.count > perRow * 2 {
            let last = cells.removeLast()
            cells[cells.count - 1] += last
        }
        guard !cells.isEmpty else { return result + events(body, top: top, height: eventsHeight) }
        // Rows as even as possible: five cells at three a row are three over two.
        let rowCount = (cells.count + perRow - 1) / perRow
        var start = 0
        var y = top.y
        for r in 0..<rowCount {
            let count = (cells.count - start + (rowCount - r) - 1) / (rowCount - r)
            let height = r == rowCount - 1 ? top.maxY - y : top.height / rowCount
            var x = top.x
            for (c, cell) in cells[start..<start + count].enumerated() {
                let width = c == count - 1 ? top.maxX - x : top.width / count
                let shown = cell.contains(focus) ? focus : cell[0]
                result.append((shown, Rect(x: x, y: y, width: width, height: height)))
                x += width
            }
            start += count
            y += height
        }
        return result + events(body, top: top, height: eventsHeight)
    }

    /// The event log under `top`, if it has rows.
    private static func events(_ body: Rect, top: Rect, height: Int) -> [(PanelID, Rect)] {
        height > 0 ? [(.events, Rect(x: body.x, y: top.maxY, width: body.width, height: height))] : []
    }
}
