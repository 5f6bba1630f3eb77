import CloudSim
import Dashboard
import Testing

/// `/` edits the event filter, `t` cycles themes, Enter zooms and Esc backs out.
@Suite struct FilterThemeZoomTests {
    /// A word some events contain and others do not.
    static let needle = "launch"

    @Test func theNeedleSplitsTheEventLog() {
        let events = AppFixture.calm.events
        let matching = events.filter { $0.message.lowercased().contains(Self.needle) }
        #expect(!matching.isEmpty)
        #expect(matching.count < events.count)
    }

    @Test func slashStartsEditingAndTypingFiltersTheEvents() {
        var model = AppFixture.model()
        #expect(model.press("/").isEmpty)
        #expect(model.isEditingFilter)
        #expect(model.type(Self.needle.uppercased()).isEmpty)
        #expect(model.eventFilter == Self.needle.uppercased())
        let events = model.filteredEvents
        #expect(!events.isEmpty)
        #expect(events.count < model.snapshot.events.count)
        #expect(
            events.allSatisfy {
                ($0.message + " " + $0.source + " " + $0.severity.word).lowercased().contains(Self.needle)
            })
    }

    @Test func typedKeysGoToTheFilterNotToTheirBindings() {
        var model = AppFixture.model()
        model.press("/")
        #expect(model.type("qx ]?f.t").isEmpty)
        #expect(model.eventFilter == "qx ]?f.t")
        #expect(model.overlay == nil)
        #expect(model.themeIndex == 0)
        #expect(!model.isPaused)
    }

    @Test func enterKeepsTheFilterAndStopsEditing() {
        var model = AppFixture.model()
        model.press("/")
        model.type(Self.needle)
        #expect(model.press(.enter).isEmpty)
        #expect(!model.isEditingFilter)
        #expect(model.eventFilter == Self.needle)
        #expect(!model.isZoomed)
        // Keys act normally again.
        #expect(model.press("x") == [.submit(.healAll)])
    }

    @Test func escapeWhileEditingClearsTheFilter() {
        var model = AppFixture.model()
        model.press("/")
        model.type(Self.needle)
        #expect(model.press(.escape).isEmpty)
        #expect(!model.isEditingFilter)
        #expect(model.eventFilter.isEmpty)
        #expect(model.filteredEvents == model.snapshot.events)
    }

    @Test func escapeAfterEnterClearsAKeptFilter() {
        var model = AppFixture.model()
        model.press("/")
        model.type(Self.needle)
        model.press(.enter)
        model.press(.escape)
        #expect(model.eventFilter.isEmpty)
    }

    @Test func backspaceRemovesTheLastCharacterAndStopsAtEmpty() {
        var model = AppFixture.model()
        model.press("/")
        model.type("ab")
        model.press(.backspace)
        #expect(model.eventFilter == "a")
        model.press(.delete)
        model.press(.backspace)
        #expect(model.eventFilter.isEmpty)
        #expect(model.isEditingFilter)
    }

    @Test func theFilterStopsGrowingAtFortyCharacters() {
        var model = AppFixture.model()
        model.press("/")
        model.type(String(repeating: "z", count: 60))
        #expect(model.eventFilter.count == 40)
    }

    @Test func aFilterMatchingNothingLeavesAnEmptyLogThatStillRenders() {
        var model = AppFixture.model()
        model.press("/")
        model.type("no event says this")
        #expect(model.filteredEvents.isEmpty)
        #expect(AppFixture.text(model).contains("filter: no event says this"))
        model.press("6")
        model.press("k")
        model.press("j")
        _ = AppFixture.screen(model)
    }

    @Test func tCyclesThroughEveryThemeAndWraps() {
        var model = AppFixture.model()
        let count = model.themes.count
        #expect(count == ThemeLibrary.all.count)
        for k in 1...count {
            #expect(model.press("t").isEmpty)
            #expect(model.themeIndex == k % count)
        }
    }

    @Test func enterZoomsAndEscapeUnzooms() {
        var model = AppFixture.model()
        #expect(model.press(.enter).isEmpty)
        #expect(model.isZoomed)
        #expect(model.press(.escape).isEmpty)
        #expect(!model.isZoomed)
    }

    @Test func escapeWhileZoomedKeepsTheFilter() {
        var model = AppFixture.model()
        model.press("/")
        model.type(Self.needle)
        model.press(.enter)
        model.press(.enter)
        model.press(.escape)
        #expect(!model.isZoomed)
        #expect(model.eventFilter == Self.needle)
    }

    @Test func escapeWithNothingToLeaveDoesNothing() {
        var model = AppFixture.model()
        let before = ModelState(model)
        #expect(model.press(.escape).isEmpty)
        #expect(ModelState(model) == before)
    }

    @Test func tabWhileZoomedZoomsTheNextPanel() {
        var model = AppFixture.model()
        model.press(.enter)
        model.press(.tab)
        #expect(model.isZoomed)
        #expect(model.focus == .fleet)
    }
}
