/// Where each part of the screen goes for a terminal size.
///
/// At 120x36 and above every present panel gets a place in a two-column grid with the
/// event log along the bottom; below that (down to 80x24) the focused panel fills the body
/// with a tab strip above it and a short event log below; smaller terminals get a message.
/// Scenarios with Route 53 or CloudFront use the edge grid instead (`DashboardLayout+Edge`);
/// scenarios with queues, functions, containers or Beanstalk the services grid
/// (`DashboardLayout+Services`).
public struct DashboardLayout: Sendable, Equatable {
    /// Smallest usable terminal.
    public static let minimumWidth = 80
    /// Smallest usable terminal.
    public static let minimumHeight = 24

    /// Title bar row.
    public var titleBar = Rect.zero
    /// Overview row.
    public var overview = Rect.zero
    /// Tab strip (compact mode only).
    public var tabs = Rect.zero
    /// Status bar row.
    public var statusBar = Rect.zero
    /// Panels and their areas, in drawing order.
    public var panels: [(PanelID, Rect)] = []
    /// Whether the terminal is below the minimum size.
    public var isTooSmall = false

    /// The panel areas compared pairwise (tuples are not Equatable).
    public static func == (a: DashboardLayout, b: DashboardLayout) -> Bool {
        a.titleBar == b.titleBar && a.overview == b.overview && a.tabs == b.tabs && a.statusBar == b.statusBar
            && a.isTooSmall == b.isTooSmall && a.panels.map(\.0) == b.panels.map(\.0)
            && a.panels.map(\.1) == b.panels.map(\.1)
    }

    /// Whether the grid (every panel at once) fits.
    public static func isGrid(width: Int, height: Int) -> Bool { width >= 120 && height >= 36 }

    /// Computes the layout.
    public static func compute(width: Int, height: Int, panels: [PanelID], focus: PanelID, isZoomed: Bool)
        -> DashboardLayout
    {
        var layout = DashboardLayout()
        guard width >= minimumWidth, height >= minimumHeight else {
            layout.isTooSmall = true
            return layout
        }
        layout.titleBar = Rect(x: 0, y: 0, width: width, height: 1)
        layout.overview = Rect(x: 0, y: 1, width: width, height: 1)
        layout.statusBar = Rect(x: 0, y: height - 1, width: width, height: 1)
        let body = Rect(x: 0, y: 2, width: width, height: height - 3)
        if isZoomed {
            layout.panels = [(focus, body)]
        } else if isGrid(width: width, height: height) && panels.contains(where: isService) {
            layout.tabs = Rect(x: 0, y: body.y, width: width, height: 1)
            let area = Rect(x: 0, y: body.y + 1, width: width, height: body.height - 1)
            layout.panels = servicesGrid(
                area, panels: panels, focus: focus, isWide: isWideEdgeGrid(width: width, height: height))
        } else if isGrid(width: width, height: height) && panels.contains(where: \.isEdge) {
            let isWide = isWideEdgeGrid(width: width, height: height)
            var area = body
            if !isWide {
                // Some cells hold two panels, one at a time: the tab strip shows the others.
                layout.tabs = Rect(x: 0, y: body.y, width: width, height: 1)
                area = Rect(x: 0, y: body.y + 1, width: width, height: body.height - 1)
            }
            layout.panels = edgeGrid(area, panels: panels, focus: focus, isWide: isWide)
        } else if isGrid(width: width, height: height) {
            layout.panels = grid(body, panels: panels)
        } else {
            layout.tabs = Rect(x: 0, y: body.y, width: width, height: 1)
            let rest = Rect(x: 0, y: body.y + 1, width: width, height: body.height - 1)
            if focus == .events || !panels.contains(.events) {
                layout.panels = [(focus, rest)]
            } else {
                let eventsHeight = 5
                layout.panels = [
                    (focus, Rect(x: 0, y: rest.y, width: width, height: rest.height - eventsHeight)),
                    (.events, Rect(x: 0, y: rest.maxY - eventsHeight, width: width, height: eventsHeight)),
                ]
            }
        }
        return layout
    }

    private static func grid(_ body: Rect, panels: [PanelID]) -> [(PanelID, Rect)] {
        let eventsHeight = panels.contains(.events) ? max(6, body.height / 5) : 0
        let top = Rect(x: body.x, y: body.y, width: body.width, height: body.height - eventsHeight)
        let leftWidth = top.width / 2
        let left = [PanelID.architecture, .fleet, .cost].filter(panels.contains)
        let right = [PanelID.scaling, .loadBalancer].filter(panels.contains)
        var result: [(PanelID, Rect)] = []
        let columns: [([PanelID], Rect)] =
            right.isEmpty
            ? [(left, top)]
            : [
                (left, Rect(x: top.x, y: top.y, width: leftWidth, height: top.height)),
                (right, Rect(x: top.x + leftWidth, y: top.y, width: top.width - leftWidth, height: top.height)),
            ]
        for (ids, area) in columns {
            let weights = ids.map(weight)
            let total = weights.reduce(0, +)
            var y = area.y
            for (k, id) in ids.enumerated() {
                let h = k == ids.count - 1 ? area.maxY - y : area.height * weights[k] / max(total, 1)
                result.append((id, Rect(x: area.x, y: y, width: area.width, height: h)))
                y += h
            }
        }
        if eventsHeight > 0 {
            result.append((.events, Rect(x: body.x, y: top.maxY, width: body.width, height: eventsHeight)))
        }
        return result
    }

    static func weight(_ id: PanelID) -> Int {
        switch id {
        case .architecture: 9
        case .fleet: 14
        case .cost: 7
        case .scaling: 12
        case .loadBalancer: 18
        case .cloudFront, .route53: 14
        case .queues, .topics, .serverless, .containers, .beanstalk: 12
        case .events: 6
        }
    }
}
