import CloudSim
import Dashboard
import Testing

/// Whole screens with queues, topics, functions, API stages, containers and Beanstalk
/// (hand-built snapshots over the web-app fixture), compared with text snapshot files.
///
/// Re-record with `CLOUDTOP_RECORD_SNAPSHOTS=1 swift test --filter ServicesScreenSnapshotTests`.
@Suite struct ServicesScreenSnapshotTests {
    static let servicePanels: [PanelID] = [
        .architecture, .queues, .topics, .serverless, .containers, .beanstalk,
    ]

    private func expectScreen(_ model: DashboardModel, named name: String) {
        ScreenSnapshotFile.expectMatch(AppFixture.screen(model).textSnapshot(), named: name)
    }

    @Test(arguments: servicePanels)
    func eachPanelFocusedWithEveryServiceAt160x48(_ panel: PanelID) {
        var model = AppFixture.model(ServicesFixture.everything, width: 160, height: 48)
        model.focus = panel
        expectScreen(model, named: "services-all-\(panel)-160x48")
    }

    @Test(arguments: servicePanels)
    func eachPanelFocusedWithEveryServiceAt80x24(_ panel: PanelID) {
        var model = AppFixture.model(ServicesFixture.everything, width: 80, height: 24)
        model.focus = panel
        expectScreen(model, named: "services-all-\(panel)-80x24")
    }

    @Test(arguments: [(120, 40), (160, 48)])
    func messagingAndServerlessBesideCompute(_ size: (Int, Int)) {
        var model = AppFixture.model(ServicesFixture.messaging, width: size.0, height: size.1)
        model.focus = .queues
        expectScreen(model, named: "services-messaging-\(size.0)x\(size.1)")
    }

    @Test(arguments: [(120, 40), (160, 48)])
    func containersAndBeanstalkBehindTheLoadBalancer(_ size: (Int, Int)) {
        var model = AppFixture.model(ServicesFixture.containers, width: size.0, height: size.1)
        model.focus = .containers
        expectScreen(model, named: "services-containers-\(size.0)x\(size.1)")
    }

    @Test(arguments: [PanelID.queues, .topics, .serverless, .containers, .beanstalk])
    func extremeValuesZoomedAt80x24(_ panel: PanelID) {
        var model = AppFixture.model(ServicesFixture.extremes, width: 80, height: 24)
        model.focus = panel
        model.isZoomed = true
        expectScreen(model, named: "services-extremes-\(panel)-80x24")
    }
}
