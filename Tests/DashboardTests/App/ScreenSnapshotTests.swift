import CloudSim
import Dashboard
import Testing

/// Whole screens of the web-app scenario (seed 42) compared with text snapshot files.
///
/// Re-record with `CLOUDTOP_RECORD_SNAPSHOTS=1 swift test --filter ScreenSnapshotTests`.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (160, 48), (60, 20)]

    private func snapshotText(_ model: DashboardModel) -> String {
        AppFixture.screen(model).textSnapshot()
    }

    @Test func theFixtureIsAtSixMinutesWithAFaultOnlyInTheFaultedOne() {
        #expect(AppFixture.calm.time == 360)
        #expect(AppFixture.calm.faults.isEmpty)
        #expect(AppFixture.faulted.faults.count == 1)
        #expect(AppFixture.faulted.faults.first?.spec.target == AppFixture.faultTarget)
    }

    @Test(arguments: sizes)
    func webAppAtSixMinutes(_ size: (Int, Int)) {
        let model = AppFixture.model(AppFixture.calm, width: size.0, height: size.1)
        ScreenSnapshotFile.expectMatch(snapshotText(model), named: "web-app-6m-\(size.0)x\(size.1)")
    }

    @Test(arguments: sizes)
    func webAppWithALatencyFault(_ size: (Int, Int)) {
        let model = AppFixture.model(AppFixture.faulted, width: size.0, height: size.1)
        ScreenSnapshotFile.expectMatch(snapshotText(model), named: "web-app-6m-fault-\(size.0)x\(size.1)")
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func webAppInMonochrome(_ size: (Int, Int)) {
        let model = AppFixture.model(
            AppFixture.faulted, width: size.0, height: size.1, theme: AppFixture.monochrome)
        ScreenSnapshotFile.expectMatch(
            snapshotText(model), named: "web-app-6m-fault-mono-\(size.0)x\(size.1)")
    }

    @Test func helpOverlayAtTheMinimumSize() {
        var model = AppFixture.model(width: 80, height: 24)
        model.press("?")
        ScreenSnapshotFile.expectMatch(snapshotText(model), named: "help-80x24")
    }

    @Test func faultMenuOverTheFleet() {
        var model = AppFixture.model(width: 120, height: 40)
        model.press("3")
        model.press("j")
        model.press("f")
        ScreenSnapshotFile.expectMatch(snapshotText(model), named: "fault-menu-120x40")
    }

    @Test func pausedWithAKeptFilterAndZoomedEvents() {
        var model = AppFixture.model(width: 100, height: 30, isPaused: true)
        model.press("/")
        model.type("launch")
        model.press(.enter)
        model.press("6")
        model.press(.enter)
        ScreenSnapshotFile.expectMatch(snapshotText(model), named: "events-filtered-zoomed-100x30")
    }

    @Test func theSameModelDrawsTheSameScreen() {
        let model = AppFixture.model(AppFixture.faulted)
        #expect(AppFixture.screen(model) == AppFixture.screen(model))
        var sim = AppFixture.simulation()
        sim.step(AppFixture.sixMinutes)
        let again = AppFixture.model(sim.snapshot())
        #expect(AppFixture.screen(again) == AppFixture.screen(AppFixture.model(AppFixture.calm)))
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func aFaultShowsInTheTitleStatusBarAndEvents(_ size: (Int, Int)) {
        let model = AppFixture.model(AppFixture.faulted, width: size.0, height: size.1)
        let lines = AppFixture.screen(model).lines
        #expect(lines[0].contains("1 fault "))
        #expect(lines[size.1 - 1].contains("FAULT net:latency web"))
        #expect(lines.joined().contains("net:latency"))
        let calm = AppFixture.screen(AppFixture.model(AppFixture.calm, width: size.0, height: size.1)).lines
        #expect(calm[0].contains("0 faults"))
        #expect(calm[size.1 - 1].contains("? help"))
    }

    @Test func tooSmallSaysWhatSizeIsNeeded() {
        let text = AppFixture.text(AppFixture.model(width: 60, height: 20))
        #expect(text.contains("terminal too small"))
        #expect(text.contains("need 80x24, have 60x20"))
    }

    @Test func overviewNamesTheNextTimelineFaultNotItsCaption() {
        let lines = AppFixture.screen(AppFixture.model(width: 160, height: 48)).lines
        #expect(lines[1].contains("next 00:15:00 ec2:terminate-instance web"))
    }

    @Test func hintsAt80ColumnsAreWholeAndQuitIsAlwaysShown() {
        let lines = AppFixture.screen(AppFixture.model(width: 80, height: 24)).lines
        let trimmed = lines.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        #expect(trimmed[2].hasSuffix("6 Events   Tab"))
        #expect(!trimmed[1].contains("next"))
        #expect(trimmed[23].hasPrefix(" ? help"))
        #expect(trimmed[23].hasSuffix("q quit"))
    }

    @Test func tabStripSaysTabNextPanelWhenThereIsRoom() {
        let lines = AppFixture.screen(AppFixture.model(width: 100, height: 30)).lines
        #expect(lines[2].contains("1 Architecture"))
        #expect(lines[2].contains("Tab: next panel"))
    }

    @Test func everyAlarmStateIsSeparatedFromItsDatapoints() {
        let text = AppFixture.text(AppFixture.model(AppFixture.start, width: 160, height: 48))
        #expect(text.contains("INSUFFICIENT_DATA"))
        #expect(text.contains("INSUFFICIENT_DATA 0 of 3"))
        #expect(!text.contains("INSUFFICIENT_DATA0"))
    }
}
