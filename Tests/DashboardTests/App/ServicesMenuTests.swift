import CloudSim
import Dashboard
import Testing

/// Faults on queues, functions, stages, services and environments in the `f` menu: offered
/// for the focused panel's selection, first, and as heal entries while active.
@Suite struct ServicesMenuTests {
    private func menu(_ snapshot: Snapshot, focus: PanelID, keys: String = "") -> Menu? {
        var model = AppFixture.model(snapshot)
        model.focus = focus
        model.type(keys + "f")
        if case .menu(let menu) = model.overlay { return menu }
        return nil
    }

    private func fault(_ kind: FaultKind, _ target: String) -> Command {
        .injectFault(FaultSpec(kind: kind, target: target, durationSeconds: kind.isInstantaneous ? nil : 300))
    }

    @Test func theSelectedQueueOffersAConsumerCrashAndLatencyOnItsConsumers() throws {
        let options = try #require(menu(ServicesFixture.messaging, focus: .queues)).options
        #expect(
            options.prefix(2).map(\.command) == [fault(.consumerCrash, "orders"), fault(.latency, "orders")])
        let second = try #require(menu(ServicesFixture.messaging, focus: .queues, keys: "j")).options
        #expect(second[0].command == fault(.consumerCrash, "orders-dlq"))
    }

    @Test func theSelectedFunctionOffersThrottleErrorsAndLatency() throws {
        let options = try #require(menu(ServicesFixture.messaging, focus: .serverless)).options
        #expect(
            options.prefix(3).map(\.command) == [
                fault(.lambdaThrottle, "thumbnailer"), fault(.lambdaErrors, "thumbnailer"),
                fault(.latency, "thumbnailer"),
            ])
    }

    @Test func theSelectedStageOffersAThrottle() throws {
        let options = try #require(menu(ServicesFixture.messaging, focus: .serverless, keys: "jj")).options
        #expect(options[0].command == fault(.apiThrottle, "prod"))
        #expect(options[0].title == "apigw:throttle prod (rate limit lowered, 429s) for 5 min")
    }

    @Test func theSelectedServiceOffersStopTaskOnceAndTheEnvironmentABadDeploy() throws {
        let service = try #require(menu(ServicesFixture.containers, focus: .containers)).options
        #expect(service[0].command == fault(.stopTask, "api"))
        #expect(service[0].title == "ecs:stop-task api (a task stops)")
        let environment = try #require(menu(ServicesFixture.containers, focus: .beanstalk)).options
        #expect(environment[0].command == fault(.badDeploy, "shop-env"))
        // An EKS cluster has no fault of its own here.
        let cluster = try #require(menu(ServicesFixture.containers, focus: .containers, keys: "j")).options
        #expect(!cluster.contains { $0.command == fault(.stopTask, "api") })
    }

    @Test func otherPanelsDoNotOfferServiceFaults() throws {
        let kinds: [FaultKind] = [
            .consumerCrash, .lambdaThrottle, .lambdaErrors, .apiThrottle, .stopTask, .badDeploy,
        ]
        for focus in [PanelID.scaling, .loadBalancer, .architecture] {
            let options = try #require(menu(ServicesFixture.everything, focus: focus)).options
            #expect(
                !options.contains { option in
                    if case .injectFault(let spec) = option.command { return kinds.contains(spec.kind) }
                    return false
                })
        }
    }

    @Test(arguments: [
        (FaultKind.consumerCrash, "orders", PanelID.queues, ""), (.latency, "orders", .queues, ""),
        (.lambdaThrottle, "thumbnailer", .serverless, ""), (.lambdaErrors, "thumbnailer", .serverless, ""),
        (.apiThrottle, "prod", .serverless, "jj"), (.badDeploy, "shop-env", .beanstalk, ""),
    ])
    func anActiveFaultIsOfferedAsHeal(_ kind: FaultKind, _ target: String, _ focus: PanelID, _ keys: String)
        throws
    {
        var snapshot = ServicesFixture.everything
        snapshot.faults = [
            ActiveFaultSnapshot(
                id: 1, spec: FaultSpec(kind: kind, target: target, durationSeconds: 300), startedAt: 360,
                remaining: 200)
        ]
        let options = try #require(menu(snapshot, focus: focus, keys: keys)).options
        let heal = try #require(options.first { $0.command == .heal(kind: kind, target: target) })
        #expect(heal.title == "heal \(kind.rawValue) \(target)")
        #expect(!options.contains { $0.command == fault(kind, target) })
    }

    @Test(arguments: [PanelID.queues, .serverless, .containers, .beanstalk])
    func everyOptionIsVisibleAtTheMinimumSize(_ focus: PanelID) throws {
        var model = AppFixture.model(ServicesFixture.everything, width: 80, height: 24)
        model.focus = focus
        model.press("f")
        let menu = try #require({ if case .menu(let m) = model.overlay { m } else { nil } }())
        let text = AppFixture.text(model)
        for option in menu.options {
            #expect(text.contains(" \(option.key)  \(option.title)"), "option \(option.key) \(option.title)")
        }
    }
}
