import CloudSim
import Testing

@testable import Dashboard

/// The services grid: the map on top, cells of panels below (three a row from 150x42, two
/// below that, merged to at most four), the focused panel shown in its cell, a tab strip
/// naming all; compact mode below 120x36 with a tab strip that scrolls to the focused tab.
@Suite struct ServicesLayoutTests {
    static let everyPanel = PanelID.allCases

    private func expectInsideApartAndCovering(_ layout: DashboardLayout, width: Int, height: Int) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let parts =
            [layout.titleBar, layout.overview, layout.statusBar, layout.tabs].filter { !$0.isEmpty }
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
    func wideGridHasSixCellsUnderTheMap(_ size: (Int, Int)) throws {
        let layout = DashboardLayout.compute(
            width: size.0, height: size.1, panels: Self.everyPanel, focus: .queues, isZoomed: false)
        #expect(!layout.tabs.isEmpty)
        #expect(
            layout.panels.map(\.0) == [
                .architecture, .scaling, .loadBalancer, .cloudFront, .queues, .serverless, .containers,
                .events,
            ])
        expectInsideApartAndCovering(layout, width: size.0, height: size.1)
        let map = try #require(layout.panels.first { $0.0 == .architecture }?.1)
        #expect(map.width == size.0 && map.height >= 8)
    }

    @Test(arguments: [(120, 40), (120, 36), (149, 48)])
    func narrowGridMergesCellsToFour(_ size: (Int, Int)) {
        let layout = DashboardLayout.compute(
            width: size.0, height: size.1, panels: Self.everyPanel, focus: .beanstalk, isZoomed: false)
        #expect(
            layout.panels.map(\.0) == [.architecture, .scaling, .cloudFront, .queues, .beanstalk, .events])
        expectInsideApartAndCovering(layout, width: size.0, height: size.1)
    }

    @Test func everyPanelTakesItsCellsPlaceWhenFocused() {
        for size in [(160, 48), (120, 36)] {
            for focus in Self.everyPanel {
                let layout = DashboardLayout.compute(
                    width: size.0, height: size.1, panels: Self.everyPanel, focus: focus, isZoomed: false)
                #expect(layout.panels.contains { $0.0 == focus }, "\(focus) at \(size)")
                expectInsideApartAndCovering(layout, width: size.0, height: size.1)
            }
        }
    }

    @Test func servicesWithoutComputeShareTheWidth() {
        let panels: [PanelID] = [.architecture, .queues, .serverless, .cost, .events]
        let layout = DashboardLayout.compute(
            width: 160, height: 48, panels: panels, focus: .queues, isZoomed: false)
        #expect(layout.panels.map(\.0) == [.architecture, .cost, .queues, .serverless, .events])
        expectInsideApartAndCovering(layout, width: 160, height: 48)
    }

    @Test func compactModeKeepsTheFocusedPanelAndEvents() {
        let layout = DashboardLayout.compute(
            width: 80, height: 24, panels: Self.everyPanel, focus: .serverless, isZoomed: false)
        #expect(layout.panels.map(\.0) == [.serverless, .events])
    }

    @Test(arguments: PanelID.allCases)
    func theTabStripAt80ColumnsAlwaysShowsTheFocusedTab(_ focus: PanelID) {
        var model = AppFixture.model(ServicesFixture.everything, width: 80, height: 24)
        model.focus = focus
        let tabs = AppFixture.screen(model).lines[2]
        #expect(tabs.contains(focus.shortTitle), "\(tabs)")
        #expect(DisplayWidth.of(tabs) <= 80)
    }

    @Test func panelsPastTheNinthHaveNoNumber() {
        let model = AppFixture.model(ServicesFixture.everything, width: 200, height: 60)
        let tabs = AppFixture.screen(model).lines[2]
        #expect(tabs.contains(" 9 Serverless "))
        #expect(tabs.contains(" Containers "))
        #expect(!tabs.contains("10 Containers"))
    }

    @Test func tabFocusReachesPanelsPastTheNinth() {
        var model = AppFixture.model(ServicesFixture.everything)
        model.press("9")
        #expect(model.focus == .serverless)
        model.press(.tab)
        #expect(model.focus == .containers)
        model.press(.tab)
        #expect(model.focus == .beanstalk)
    }

    @Test func servicePanelsArePresentOnlyWithTheirServices() {
        #expect(!AppFixture.model().panels.contains(where: DashboardLayout.isService))
        #expect(!AppFixture.model(EdgeFixture.calm).panels.contains(where: DashboardLayout.isService))
        #expect(AppFixture.model(ServicesFixture.everything).panels == PanelID.allCases)
        let messaging = AppFixture.model(ServicesFixture.messaging).panels
        #expect(messaging.contains(.queues) && messaging.contains(.topics) && messaging.contains(.serverless))
        #expect(!messaging.contains(.containers) && !messaging.contains(.beanstalk))
    }

    @Test func selectionMovesWithinEachServicePanelAndClamps() {
        var model = AppFixture.model(ServicesFixture.everything)
        model.focus = .serverless
        model.type("jjjjj")
        #expect(model.selected(.serverless) == 2)
        #expect(model.selectedServerlessRow == .stage(ServicesFixture.prod))
        model.focus = .queues
        model.type("j")
        #expect(model.selectedQueue?.name == "orders-dlq")
        model.focus = .containers
        model.type("j")
        #expect(model.selectedContainerRow == .cluster(ServicesFixture.cluster))
        var fewer = ServicesFixture.everything
        fewer.apiStages = []
        _ = model.update(.snapshotArrived(fewer))
        #expect(model.selected(.serverless) == 1)
    }

    @Test func versionLabelsCountOnFromTheHighest() {
        #expect(VersionLabel.next(after: ["v1"]) == "v2")
        #expect(VersionLabel.next(after: ["v3", "v12", "v4"]) == "v13")
        #expect(VersionLabel.next(after: ["api:4", "api:3"]) == "api:5")
        #expect(VersionLabel.next(after: ["release"]) == "v2")
        #expect(VersionLabel.next(after: []) == "v2")
        #expect(VersionLabel.next(after: ["1.0.9"]) == "1.0.10")
    }
}
