import CloudSim
import Dashboard
import Testing

/// `f` (faults), `x` (heal all), `[` `]` (desired capacity) and `v` (instance type).
@Suite struct MenuTests {
    /// The menu the model shows, or nil.
    private func openMenu(_ model: DashboardModel) -> Menu? {
        if case .menu(let menu) = model.overlay { return menu }
        return nil
    }

    /// The fault spec a menu option injects.
    private func spec(_ option: MenuOption) -> FaultSpec? {
        if case .injectFault(let spec) = option.command { return spec }
        return nil
    }

    @Test func fOpensAFaultMenuWhoseOptionsEachHaveTheirOwnKey() throws {
        var model = AppFixture.model()
        #expect(model.press("f").isEmpty)
        let menu = try #require(openMenu(model))
        #expect(!menu.options.isEmpty)
        let keys = menu.options.map(\.key)
        #expect(Set(keys).count == keys.count)
        // Esc and q close the menu, so no option may sit on them.
        #expect(!keys.contains("q"))
        #expect(menu.options.allSatisfy { spec($0) != nil })
    }

    @Test func faultMenuForTheScalingPanelTargetsTheSelectedGroup() throws {
        var model = AppFixture.model()
        model.press("f")
        let menu = try #require(openMenu(model))
        let first = try #require(spec(menu.options[0]))
        #expect(first.kind == .terminateInstance)
        #expect(first.target == "web")
        #expect(first.durationSeconds == nil)
        let zones = menu.options.compactMap(spec).filter { $0.kind == .azOutage }.map(\.target)
        #expect(zones == ["us-east-1a", "us-east-1b", "us-east-1c"])
    }

    @Test func pickingEveryFaultOptionSubmitsItsInjectionAndClosesTheMenu() throws {
        var opened = AppFixture.model()
        opened.press("f")
        let options = try #require(openMenu(opened)).options
        for option in options {
            var model = AppFixture.model()
            model.press("f")
            #expect(
                model.press(option.key) == [.submit(option.command)], "option \(option.key) \(option.title)")
            #expect(model.overlay == nil)
        }
    }

    @Test func faultMenuForAFleetRowTargetsTheSelectedInstance() throws {
        var model = AppFixture.model()
        model.press("3")
        model.press("j")
        model.press("j")
        let instance = try #require(model.selectedInstance)
        model.press("f")
        let menu = try #require(openMenu(model))
        let terminate = try #require(menu.options.first { spec($0)?.kind == .terminateInstance })
        #expect(spec(terminate)?.target == instance.id)
        let effects = model.press(terminate.key)
        #expect(
            effects == [.submit(.injectFault(FaultSpec(kind: .terminateInstance, target: instance.id)))])
        let stress = try #require(menu.options.first { spec($0)?.kind == .cpuStress })
        #expect(spec(stress)?.target == instance.id)
        #expect(spec(stress)?.durationSeconds == 300)
    }

    @Test func faultMenuForALoadBalancerRowTargetsThatTargetsInstance() throws {
        var model = AppFixture.model()
        model.press("4")
        model.press("j")
        let id = model.targetOrder[1].target.instance
        model.press("f")
        let menu = try #require(openMenu(model))
        let unhealthy = try #require(menu.options.first { spec($0)?.kind == .unhealthyTarget })
        #expect(spec(unhealthy)?.target == id)
    }

    @Test func faultMenuWithNothingSelectedOffersZonesAndTraffic() throws {
        var model = AppFixture.model(AppFixture.bare)
        model.press("f")
        let menu = try #require(openMenu(model))
        let kinds = Set(menu.options.compactMap(spec).map(\.kind))
        #expect(kinds == [.azOutage, .trafficSpike, .trafficDDoS])
    }

    @Test func escapeClosesTheFaultMenuWithoutInjecting() {
        var model = AppFixture.model()
        model.press("f")
        #expect(model.press(.escape).isEmpty)
        #expect(model.overlay == nil)
    }

    @Test func qClosesTheFaultMenuInsteadOfQuitting() {
        var model = AppFixture.model()
        model.press("f")
        #expect(model.press("q").isEmpty)
        #expect(model.overlay == nil)
    }

    @Test func keysThatPickNothingLeaveTheMenuOpen() {
        var model = AppFixture.model()
        model.press("f")
        let before = model.overlay
        for key in [Key.character("Z"), .character("!"), .tab, .enter, .up, .unknown(7), .character("x")] {
            #expect(model.press(key).isEmpty, "key \(key)")
        }
        #expect(model.overlay == before)
        #expect(model.focus == .scaling)
    }

    @Test func xHealsAll() {
        var model = AppFixture.model(AppFixture.faulted)
        #expect(model.press("x") == [.submit(.healAll)])
    }

    @Test func closingBracketRaisesTheSelectedGroupsDesiredCapacity() {
        var model = AppFixture.model()
        #expect(model.press("]") == [.submit(.adjustDesiredCapacity(group: "web", delta: 1))])
        #expect(model.press("[") == [.submit(.adjustDesiredCapacity(group: "web", delta: -1))])
    }

    @Test func bracketsUseTheOnlyGroupWhenTheFocusedPanelHasNoSelection() {
        var model = AppFixture.model()
        model.press("1")
        #expect(model.press("]") == [.submit(.adjustDesiredCapacity(group: "web", delta: 1))])
    }

    @Test func bracketsDoNothingWithoutAGroup() {
        var model = AppFixture.model(AppFixture.bare)
        #expect(model.press("]").isEmpty)
        #expect(model.press("[").isEmpty)
    }

    @Test func vOpensAnInstanceTypeMenuWithoutTheCurrentType() throws {
        var model = AppFixture.model()
        model.press("v")
        let menu = try #require(openMenu(model))
        #expect(menu.title.contains("web"))
        #expect(menu.title.contains("m5.large"))
        #expect(!menu.options.contains { $0.title.hasPrefix("m5.large ") })
        #expect(menu.options.count == InstanceType.catalogue.count - 1)
        let keys = menu.options.map(\.key)
        #expect(Set(keys).count == keys.count)
    }

    @Test func pickingAnInstanceTypeSetsItOnTheGroup() throws {
        var model = AppFixture.model()
        model.press("v")
        let menu = try #require(openMenu(model))
        let option = menu.options[1]
        let name = try #require(option.title.split(separator: " ").first.map(String.init))
        #expect(model.press(option.key) == [.submit(.setInstanceType(target: "web", instanceType: name))])
        #expect(model.overlay == nil)
    }

    @Test func vDoesNothingWithoutAGroupOrInstance() {
        var model = AppFixture.model(AppFixture.bare)
        #expect(model.press("v").isEmpty)
        #expect(model.overlay == nil)
    }

    @Test(arguments: ["2f", "3jf", "4jf", "v", "3v"])
    func everyMenuOptionIsVisibleAtTheMinimumSize(_ keys: String) throws {
        var model = AppFixture.model(width: 80, height: 24)
        model.type(keys)
        let menu = try #require(openMenu(model))
        let text = AppFixture.text(model)
        #expect(text.contains(menu.title))
        for option in menu.options {
            #expect(text.contains(" \(option.key)  \(option.title)"), "option \(option.key) \(option.title)")
        }
        #expect(text.contains("Esc closes"))
    }
}
