import CloudSim
import Dashboard
import Testing

/// `D` deploys a new version to the selected ECS service or Beanstalk environment: a menu of
/// policies (and broken builds), then `Command.deploy` with the next version label.
@Suite struct DeployKeyTests {
    private func deployMenu(_ model: inout DashboardModel) -> Menu? {
        model.press("D")
        if case .menu(let menu) = model.overlay { return menu }
        return nil
    }

    @Test func anEnvironmentOffersEveryPolicyWithAGoodAndABadBuild() throws {
        var model = AppFixture.model(ServicesFixture.containers)
        model.focus = .beanstalk
        let menu = try #require(deployMenu(&model))
        #expect(menu.title == "Deploy v5 to shop-env (now v3)")
        let specs = menu.options.compactMap { option -> DeploySpec? in
            if case .deploy(let spec) = option.command { return spec }
            return nil
        }
        #expect(specs.count == 10)
        #expect(specs.allSatisfy { $0.target == "shop-env" && $0.version == "v5" && $0.batchSize == nil })
        #expect(
            specs.prefix(5).map { $0.policy?.name } == [
                "AllAtOnce", "Rolling", "RollingWithAdditionalBatch", "Immutable", "TrafficSplitting",
            ])
        #expect(specs.prefix(5).allSatisfy { !$0.failsHealthChecks })
        #expect(specs.suffix(5).allSatisfy { $0.failsHealthChecks })
        #expect(menu.options[6].title == "Rolling v5: bad version (fails health checks)")
    }

    @Test func pickingAPolicySubmitsTheDeployAndASecondDeployTakesTheNextVersion() throws {
        var model = AppFixture.model(ServicesFixture.containers)
        model.focus = .beanstalk
        _ = try #require(deployMenu(&model))
        let effects = model.press("2")
        #expect(
            effects == [.submit(.deploy(DeploySpec(target: "shop-env", version: "v5", policy: .rolling)))])
        #expect(model.overlay == nil)
        let again = try #require(deployMenu(&model))
        #expect(again.title.hasPrefix("Deploy v6 to shop-env"))
    }

    @Test func anEnvironmentWithoutADeploymentStartsAtV2OrFollowsItsLabel() throws {
        var snapshot = ServicesFixture.containers
        snapshot.beanstalk[0].deployment = nil
        snapshot.beanstalk[0].instances = []
        snapshot.beanstalk[0].trafficShare = [:]
        snapshot.beanstalk[0].currentVersion = "release"
        var model = AppFixture.model(snapshot)
        model.focus = .beanstalk
        #expect(try #require(deployMenu(&model)).title == "Deploy v2 to shop-env (now release)")
        snapshot.beanstalk[0].currentVersion = "v9"
        model = AppFixture.model(snapshot)
        model.focus = .beanstalk
        #expect(try #require(deployMenu(&model)).title == "Deploy v10 to shop-env (now v9)")
    }

    @Test func anECSServiceGetsARollingDeployOfTheNextRevision() throws {
        var model = AppFixture.model(ServicesFixture.containers)
        model.focus = .containers
        let menu = try #require(deployMenu(&model))
        #expect(menu.title == "Deploy to api (now api:4)")
        #expect(
            menu.options.map(\.command) == [
                .deploy(DeploySpec(target: "api", version: "api:5")),
                .deploy(DeploySpec(target: "api", version: "api:5", failsHealthChecks: true)),
            ])
        #expect(
            model.press(menu.options[0].key) == [
                .submit(.deploy(DeploySpec(target: "api", version: "api:5")))
            ])
    }

    @Test func anEKSClusterOrAPanelWithoutTargetsOpensNothing() {
        var model = AppFixture.model(ServicesFixture.containers)
        model.focus = .containers
        model.press("j")
        #expect(model.press("D") == [])
        #expect(model.overlay == nil)
        var compute = AppFixture.model()
        #expect(compute.press("D") == [])
        #expect(compute.overlay == nil)
    }

    @Test func theOnlyTargetIsChosenFromAnyPanel() throws {
        var snapshot = ServicesFixture.containers
        snapshot.ecsServices = []
        var model = AppFixture.model(snapshot)
        model.focus = .scaling
        #expect(try #require(deployMenu(&model)).title.contains("shop-env"))
    }

    @Test(arguments: [(160, 48), (80, 24)])
    func helpAndTheStatusBarNameTheDeployKeyWhenThereIsSomethingToDeploy(_ size: (Int, Int)) {
        var model = AppFixture.model(ServicesFixture.containers, width: size.0, height: size.1)
        let status = AppFixture.screen(model).lines.last ?? ""
        #expect(status.contains("D deploy"))
        model.press("?")
        let help = AppFixture.text(model)
        #expect(help.contains("Deploy"))
        #expect(help.contains("deploy a new version"))
        var compute = AppFixture.model(width: size.0, height: size.1)
        #expect(!(AppFixture.screen(compute).lines.last ?? "").contains("deploy"))
        compute.press("?")
        #expect(!AppFixture.text(compute).contains("deploy a new version"))
    }

    @Test(arguments: [PanelID.containers, .beanstalk])
    func everyDeployOptionIsVisibleAtTheMinimumSize(_ focus: PanelID) throws {
        var model = AppFixture.model(ServicesFixture.everything, width: 80, height: 24)
        model.focus = focus
        let menu = try #require(deployMenu(&model))
        let text = AppFixture.text(model)
        for option in menu.options {
            #expect(text.contains(" \(option.key)  \(option.title)"), "option \(option.key) \(option.title)")
        }
    }
}
