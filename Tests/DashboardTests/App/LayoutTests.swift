import Dashboard
import Testing

/// `DashboardLayout.compute`: the grid, the compact (tabbed) layout, zoom, too small.
@Suite struct LayoutTests {
    static let everyPanel: [PanelID] = [.architecture, .scaling, .fleet, .loadBalancer, .cost, .events]

    /// Every rectangle of a layout that is not empty, with a name for messages.
    private func parts(_ layout: DashboardLayout) -> [(String, Rect)] {
        var result = [
            ("title", layout.titleBar), ("overview", layout.overview), ("status", layout.statusBar),
        ]
        if !layout.tabs.isEmpty { result.append(("tabs", layout.tabs)) }
        result += layout.panels.map { ($0.0.title, $0.1) }
        return result
    }

    private func expectInsideAndApart(_ layout: DashboardLayout, width: Int, height: Int) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let all = parts(layout)
        for (name, rect) in all {
            #expect(!rect.isEmpty, "\(name) is empty")
            #expect(rect.intersection(screen) == rect, "\(name) \(rect) leaves the \(width)x\(height) screen")
        }
        for i in all.indices {
            for j in all.indices where j > i {
                #expect(
                    all[i].1.intersection(all[j].1).isEmpty,
                    "\(all[i].0) \(all[i].1) overlaps \(all[j].0) \(all[j].1)")
            }
        }
    }

    @Test func gridAt160x48PlacesEveryPanelInsideTheScreenWithoutOverlaps() {
        let layout = DashboardLayout.compute(
            width: 160, height: 48, panels: Self.everyPanel, focus: .scaling, isZoomed: false)
        #expect(!layout.isTooSmall)
        #expect(layout.tabs.isEmpty)
        #expect(Set(layout.panels.map(\.0)) == Set(Self.everyPanel))
        #expect(layout.panels.count == Self.everyPanel.count)
        expectInsideAndApart(layout, width: 160, height: 48)
        #expect(layout.titleBar == Rect(x: 0, y: 0, width: 160, height: 1))
        #expect(layout.statusBar == Rect(x: 0, y: 47, width: 160, height: 1))
    }

    @Test func gridCoversTheWholeBody() {
        let layout = DashboardLayout.compute(
            width: 160, height: 48, panels: Self.everyPanel, focus: .scaling, isZoomed: false)
        let area = layout.panels.reduce(0) { $0 + $1.1.width * $1.1.height }
        #expect(area == 160 * (48 - 3))
    }

    @Test func eventsRunAlongTheBottomOfTheGrid() throws {
        let layout = DashboardLayout.compute(
            width: 160, height: 48, panels: Self.everyPanel, focus: .scaling, isZoomed: false)
        let events = try #require(layout.panels.first { $0.0 == .events }?.1)
        #expect(events.width == 160)
        #expect(events.maxY == layout.statusBar.y)
        #expect(events.height >= 6)
    }

    @Test(arguments: [(120, 36), (120, 40), (200, 60), (300, 100)])
    func gridFitsAtOtherLargeSizes(_ size: (Int, Int)) {
        let layout = DashboardLayout.compute(
            width: size.0, height: size.1, panels: Self.everyPanel, focus: .fleet, isZoomed: false)
        #expect(layout.panels.count == Self.everyPanel.count)
        expectInsideAndApart(layout, width: size.0, height: size.1)
    }

    @Test func gridPlacesOnlyThePanelsGiven() {
        let panels: [PanelID] = [.architecture, .cost, .events]
        let layout = DashboardLayout.compute(
            width: 160, height: 48, panels: panels, focus: .cost, isZoomed: false)
        #expect(layout.panels.map(\.0) == panels)
        expectInsideAndApart(layout, width: 160, height: 48)
        // With no right-hand panels the left column takes the whole width.
        #expect(layout.panels.allSatisfy { $0.1.width == 160 })
    }

    @Test func compactAt80x24ShowsTheFocusedPanelEventsAndATabStrip() {
        let layout = DashboardLayout.compute(
            width: 80, height: 24, panels: Self.everyPanel, focus: .fleet, isZoomed: false)
        #expect(!layout.isTooSmall)
        #expect(layout.panels.map(\.0) == [.fleet, .events])
        #expect(layout.tabs == Rect(x: 0, y: 2, width: 80, height: 1))
        expectInsideAndApart(layout, width: 80, height: 24)
        #expect(layout.panels[1].1.maxY == 23)
    }

    @Test func compactWithEventsFocusedGivesEventsTheWholeBody() {
        let layout = DashboardLayout.compute(
            width: 80, height: 24, panels: Self.everyPanel, focus: .events, isZoomed: false)
        #expect(layout.panels.map(\.0) == [.events])
        #expect(layout.panels[0].1 == Rect(x: 0, y: 3, width: 80, height: 20))
    }

    @Test(arguments: [(119, 48), (160, 35), (100, 30)])
    func justBelowTheGridIsCompact(_ size: (Int, Int)) {
        let layout = DashboardLayout.compute(
            width: size.0, height: size.1, panels: Self.everyPanel, focus: .scaling, isZoomed: false)
        #expect(!layout.tabs.isEmpty)
        #expect(layout.panels.map(\.0) == [.scaling, .events])
        expectInsideAndApart(layout, width: size.0, height: size.1)
    }

    @Test(arguments: [(79, 24), (80, 23), (40, 12), (0, 0), (1, 1), (80, 1), (1, 80)])
    func belowTheMinimumIsTooSmall(_ size: (Int, Int)) {
        let layout = DashboardLayout.compute(
            width: size.0, height: size.1, panels: Self.everyPanel, focus: .scaling, isZoomed: false)
        #expect(layout.isTooSmall)
        #expect(layout.panels.isEmpty)
    }

    @Test(arguments: [(160, 48), (80, 24)])
    func zoomGivesTheFocusedPanelTheWholeBody(_ size: (Int, Int)) {
        let layout = DashboardLayout.compute(
            width: size.0, height: size.1, panels: Self.everyPanel, focus: .loadBalancer, isZoomed: true)
        #expect(layout.panels.map(\.0) == [.loadBalancer])
        #expect(layout.panels[0].1 == Rect(x: 0, y: 2, width: size.0, height: size.1 - 3))
        #expect(layout.tabs.isEmpty)
        expectInsideAndApart(layout, width: size.0, height: size.1)
    }
}
