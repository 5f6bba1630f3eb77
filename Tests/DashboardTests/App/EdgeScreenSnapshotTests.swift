import CloudSim
import Dashboard
import Testing

/// Whole screens with an edge (hand-built Route 53, CloudFront and bucket snapshots over the
/// web-app fixture), compared with text snapshot files.
///
/// Re-record with `CLOUDTOP_RECORD_SNAPSHOTS=1 swift test --filter EdgeScreenSnapshotTests`.
@Suite struct EdgeScreenSnapshotTests {
    static let gridSizes = [(120, 40), (160, 48)]

    private func expectScreen(_ model: DashboardModel, named name: String) {
        ScreenSnapshotFile.expectMatch(AppFixture.screen(model).textSnapshot(), named: name)
    }

    @Test(arguments: gridSizes)
    func healthyCloudFrontAndWeightedRecords(_ size: (Int, Int)) {
        expectScreen(AppFixture.model(EdgeFixture.calm, width: size.0, height: size.1), named: "edge-calm-\(size.0)x\(size.1)")
    }

    @Test(arguments: gridSizes)
    func originUnreachableAndFailoverInProgress(_ size: (Int, Int)) {
        expectScreen(
            AppFixture.model(EdgeFixture.failover, width: size.0, height: size.1),
            named: "edge-failover-\(size.0)x\(size.1)")
    }

    @Test(arguments: [PanelID.architecture, .cloudFront, .route53])
    func eachEdgePanelFocusedAtTheMinimumSize(_ panel: PanelID) {
        for (name, snapshot) in [("calm", EdgeFixture.calm), ("failover", EdgeFixture.failover)] {
            var model = AppFixture.model(snapshot, width: 80, height: 24)
            model.focus = panel
            expectScreen(model, named: "edge-\(name)-\(panel)-80x24")
        }
    }

    @Test(arguments: gridSizes)
    func theShippedDefaultScenario(_ size: (Int, Int)) {
        expectScreen(
            AppFixture.model(AppFixture.defaultScenario, width: size.0, height: size.1),
            named: "default-scenario-\(size.0)x\(size.1)")
    }

    @Test func tooSmallWithAnEdge() {
        expectScreen(AppFixture.model(EdgeFixture.failover, width: 60, height: 20), named: "edge-failover-60x20")
    }

    @Test func route53FocusedWithTheFailingCheckSelectedAt120x40() {
        var model = AppFixture.model(EdgeFixture.failover, width: 120, height: 40)
        model.focus = .route53
        model.type("jjjjj")
        expectScreen(model, named: "edge-failover-route53-selected-120x40")
    }
}
