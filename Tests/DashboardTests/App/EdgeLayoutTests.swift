import CloudSim
import Dashboard
import Testing

/// The edge grid: the map across the top, then every panel in three columns from 150x42, or
/// two columns whose cells show the focused panel (with a tab strip) below that.
@Suite struct EdgeLayoutTests {
    /// Every panel of an edge scenario (the services panels have a grid of their own,
    /// `ServicesLayoutTests`).
    static let everyPanel: [PanelID] = [
        .architecture, .scaling, .fleet, .loadBalancer, .cloudFront, .route53, .cost, .events,
    ]

    private func expectInsideApartAndCovering(_ layout: DashboardLayout, width: Int, height: Int) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let parts = [layout.titleBar, layout.overview, layout.statusBar, layout.tabs].filter { !$0.isEmpty }
            + layout.panels.map(\.1)
        for rect in parts {
            #expect(!rect.isEmpty)
            #expect(rect.intersection(screen) == rect, "\(rect) leaves the screen")
        }
        for i in parts.indices {
            for j in parts.indices where j > i {
                #expect(parts[i].intersection(parts[j]).isEmpty, "\(parts[i]) overlaps \(parts[j])")
            }
        }
        #expect(parts.reduce(0) { $0 + $1.width * $1.height } == width * height)
    }

    @Test(arguments: [(160, 48), (150, 42), (200, 60)])
    func wideEdgeGridShowsEveryPanelWithoutTabs(_ size: (Int, Int)) throws {
        let layout = DashboardLayout.compute(
            width: size.0, height: size.1, panels: Self.everyPanel, focus: .scaling, isZoomed: false)
        #expect(layout.tabs.isEmpty)
        #expect(Set(layout.panels.map(\.0)) == Set(Self.everyPanel))
        expectInsideApartAndCovering(layout, width: size.0, height: size.1)
        let map = try #require(layout.panels.first { $0.0 == .architecture }?.1)
        #expect(map.width == size.0)
        #expect(map.height >= 8)
    }

    @Test(arguments: [(120, 40), (120, 36), (149, 48)])
    func narrowEdgeGridSharesCellsAndShowsTabs(_ size: (Int, Int)) {
        let layout = DashboardLayout.compute(
            width: size.0, height: size.1, panels: Self.everyPanel, focus: .scaling, isZoomed: false)
        #expect(!layout.tabs.isEmpty)
        #expect(layout.panels.map(\.0) == [.architecture, .scaling, .cloudFront, .loadBalancer, .route53, .events])
        expectInsideApartAndCovering(layout, width: size.0, height: size.1)
    }

    @Test func aFocusedHiddenPanelTakesItsCellsPlace() {
        let scaling = DashboardLayout.compute(
            width: 120, height: 40, panels: Self.everyPanel, focus: .scaling, isZoomed: false)
        for (focus, replaced) in [(PanelID.fleet, PanelID.scaling), (.cost, .loadBalancer)] {
            let layout = DashboardLayout.compute(
                width: 120, height: 40, panels: Self.everyPanel, focus: focus, isZoomed: false)
            let before = scaling.panels.first { $0.0 == replaced }?.1
            #expect(layout.panels.first { $0.0 == focus }?.1 == before)
            #expect(!layout.panels.contains { $0.0 == replaced })
        }
    }

    @Test func anEdgeWithoutComputeGivesTheEdgePanelsTheWidth() {
        let panels: [PanelID] = [.architecture, .cloudFront, .route53, .cost, .events]
        for size in [(160, 48), (120, 40)] {
            let layout = DashboardLayout.compute(
                width: size.0, height: size.1, panels: panels, focus: .cloudFront, isZoomed: false)
            #expect(Set(layout.panels.map(\.0)) == Set(panels))
            expectInsideApartAndCovering(layout, width: size.0, height: size.1)
        }
    }

    @Test func compactEdgeKeepsTheFocusedPanelAndEvents() {
        let layout = DashboardLayout.compute(
            width: 80, height: 24, panels: Self.everyPanel, focus: .route53, isZoomed: false)
        #expect(layout.panels.map(\.0) == [.route53, .events])
    }

    @Test func theTabStripAt80ColumnsNamesAllEightPanels() {
        let lines = AppFixture.screen(AppFixture.model(EdgeFixture.calm, width: 80, height: 24)).lines
        #expect(lines[2].hasPrefix(" 1 Map  2 Scaling  3 Fleet  4 LB  5 CloudFront  6 Route 53  7 Cost  8 Events"))
    }

    @Test func edgePanelsArePresentOnlyWithTheirServices() {
        #expect(!AppFixture.model().panels.contains { $0.isEdge })
        #expect(AppFixture.model(EdgeFixture.calm).panels == Self.everyPanel)
        var cdnOnly = EdgeFixture.calm
        cdnOnly.route53 = []
        #expect(AppFixture.model(cdnOnly).panels.contains(.cloudFront))
        #expect(!AppFixture.model(cdnOnly).panels.contains(.route53))
    }
}
