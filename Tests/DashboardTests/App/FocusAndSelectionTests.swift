import CloudSim
import Dashboard
import Testing

/// Tab, Shift-Tab and 1-9 move focus among the panels present; arrows and h j k l move the
/// selection inside the focused panel and stop at its ends.
@Suite struct FocusAndSelectionTests {
    @Test func webAppHasEveryPanelAndStartsOnTheFirstOneAfterTheMap() {
        let model = AppFixture.model()
        #expect(model.panels == [.architecture, .scaling, .fleet, .loadBalancer, .cost, .events])
        #expect(model.focus == .scaling)
    }

    @Test func tabVisitsEveryPresentPanelInOrderAndWraps() {
        var model = AppFixture.model()
        var visited: [PanelID] = []
        for _ in model.panels {
            #expect(model.press(.tab).isEmpty)
            visited.append(model.focus)
        }
        #expect(visited == [.fleet, .loadBalancer, .cost, .events, .architecture, .scaling])
    }

    @Test func shiftTabGoesBackwardsAndWraps() {
        var model = AppFixture.model()
        model.press(.backTab)
        #expect(model.focus == .architecture)
        model.press(.backTab)
        #expect(model.focus == .events)
    }

    @Test func tabSkipsPanelsTheScenarioDoesNotHave() {
        var model = AppFixture.model(AppFixture.bare)
        #expect(model.panels == [.architecture, .cost, .events])
        #expect(model.focus == .cost)
        var visited: [PanelID] = []
        for _ in 0..<4 {
            model.press(.tab)
            visited.append(model.focus)
        }
        #expect(visited == [.events, .architecture, .cost, .events])
        model.press(.backTab)
        #expect(model.focus == .cost)
    }

    @Test func digitsJumpToTheNthPresentPanel() {
        var model = AppFixture.model()
        for (k, panel) in model.panels.enumerated() {
            #expect(model.press(Character(String(k + 1))).isEmpty)
            #expect(model.focus == panel)
        }
    }

    @Test func digitsBeyondThePresentPanelsLeaveFocusAlone() {
        var model = AppFixture.model(AppFixture.bare)
        model.press("2")
        #expect(model.focus == .cost)
        for digit in "456789" {
            model.press(digit)
            #expect(model.focus == .cost, "digit \(digit)")
        }
        var full = AppFixture.model()
        full.press("3")
        for digit in "789" {
            full.press(digit)
            #expect(full.focus == .fleet, "digit \(digit)")
        }
    }

    @Test func zeroIsNotAPanelKey() {
        var model = AppFixture.model()
        #expect(model.press("0").isEmpty)
        #expect(model.focus == .scaling)
    }

    @Test func jAndDownMoveTheFleetSelectionAndClampAtTheLastInstance() {
        var model = AppFixture.model()
        model.press("3")
        let count = model.snapshot.instances.count
        #expect(count >= 3)
        model.press("j")
        #expect(model.selected(.fleet) == 1)
        model.press(.down)
        #expect(model.selected(.fleet) == 2)
        for _ in 0..<(count + 5) { model.press("j") }
        #expect(model.selected(.fleet) == count - 1)
        #expect(model.selectedInstance == model.fleetOrder[count - 1])
    }

    @Test func kAndUpMoveTheSelectionBackAndClampAtTheFirstRow() {
        var model = AppFixture.model()
        model.press("3")
        model.press("j")
        model.press("j")
        model.press("k")
        #expect(model.selected(.fleet) == 1)
        model.press(.up)
        model.press(.up)
        model.press("k")
        #expect(model.selected(.fleet) == 0)
        #expect(model.selectedInstance == model.fleetOrder[0])
    }

    @Test func hAndLMoveLikeUpAndDown() {
        var model = AppFixture.model()
        model.press("4")
        model.press("l")
        model.press(.right)
        #expect(model.selected(.loadBalancer) == 2)
        model.press("h")
        model.press(.left)
        model.press(.left)
        #expect(model.selected(.loadBalancer) == 0)
    }

    @Test func selectionIsKeptPerPanel() {
        var model = AppFixture.model()
        model.press("3")
        model.press("j")
        model.press("j")
        model.press("4")
        model.press("j")
        model.press("3")
        #expect(model.selected(.fleet) == 2)
        #expect(model.selected(.loadBalancer) == 1)
    }

    @Test func arrowsInAPanelWithoutRowsChangeNothing() {
        var model = AppFixture.model()
        model.press("1")
        model.press("j")
        model.press("k")
        model.press("5")
        model.press("j")
        #expect(model.selection.isEmpty)
    }

    @Test func upInTheEventLogStartsFromTheNewestEvent() {
        var model = AppFixture.model()
        let count = model.filteredEvents.count
        #expect(count >= 3)
        model.press("6")
        model.press("k")
        // The log follows the newest event until the person scrolls; up goes one above it.
        #expect(model.selected(.events) == count - 2)
    }

    @Test func downInTheEventLogStaysOnTheNewestEvent() {
        var model = AppFixture.model()
        let count = model.filteredEvents.count
        model.press("6")
        model.press("j")
        #expect(model.selected(.events) == count - 1)
    }

    @Test func selectionInTheLoadBalancerPanelPicksThatTargetsInstance() {
        var model = AppFixture.model()
        model.press("4")
        model.press("j")
        let target = model.targetOrder[1].target
        #expect(model.selectedInstance?.id == target.instance)
        #expect(model.selectedGroup?.name == "web")
    }
}
