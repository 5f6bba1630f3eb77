import CloudSim
import Dashboard
import Testing

/// `DashboardModel.update`, one key at a time: the new model and the effects.
@Suite struct UpdateTests {
    @Test func questionMarkOpensHelpAndEscapeClosesIt() {
        var model = AppFixture.model()
        #expect(model.press("?").isEmpty)
        #expect(model.overlay == .help)
        #expect(model.press(.escape).isEmpty)
        #expect(model.overlay == nil)
    }

    @Test func questionMarkClosesHelpAgain() {
        var model = AppFixture.model()
        model.press("?")
        model.press("?")
        #expect(model.overlay == nil)
    }

    @Test func keysOtherThanCloseAreSwallowedWhileHelpIsOpen() {
        var model = AppFixture.model()
        model.press("?")
        let focus = model.focus
        #expect(model.press(" ").isEmpty)
        #expect(model.press(.tab).isEmpty)
        #expect(model.press("x").isEmpty)
        #expect(model.overlay == .help)
        #expect(model.focus == focus)
        #expect(!model.isPaused)
    }

    @Test func qQuits() {
        var model = AppFixture.model()
        #expect(model.press("q") == [.quit])
    }

    @Test func ctrlCQuitsEvenWithAnOverlayOrWhileEditingTheFilter() {
        var model = AppFixture.model()
        #expect(model.press(.ctrl("c")) == [.quit])
        model.press("?")
        #expect(model.press(.ctrl("c")) == [.quit])
        model.press(.escape)
        model.press("/")
        #expect(model.press(.ctrl("c")) == [.quit])
    }

    @Test func qWhileEditingTheFilterIsTypedNotQuit() {
        var model = AppFixture.model()
        model.press("/")
        #expect(model.press("q").isEmpty)
        #expect(model.eventFilter == "q")
    }

    @Test func spacePausesThenResumes() {
        var model = AppFixture.model(isPaused: false)
        #expect(model.press(" ") == [.setPaused(true)])
        #expect(model.isPaused)
        #expect(model.press(" ") == [.setPaused(false)])
        #expect(!model.isPaused)
    }

    @Test func dotWhileRunningPausesAndStepsOnce() {
        var model = AppFixture.model(isPaused: false)
        #expect(model.press(".") == [.setPaused(true), .stepOnce])
        #expect(model.isPaused)
    }

    @Test func dotWhilePausedOnlySteps() {
        var model = AppFixture.model(isPaused: true)
        #expect(model.press(".") == [.stepOnce])
        #expect(model.press(".") == [.stepOnce])
        #expect(model.isPaused)
    }

    @Test func plusWalksUpTheSpeedLadderAndStopsAtTheTop() {
        var model = AppFixture.model(speed: Speed.ladder[0])
        for rung in Speed.ladder.dropFirst() {
            #expect(model.press("+") == [.setSpeed(rung)])
            #expect(model.speed == rung)
        }
        #expect(model.press("+") == [.setSpeed(.max)])
        #expect(model.speed == .max)
    }

    @Test func minusWalksDownTheSpeedLadderAndStopsAtTheBottom() {
        var model = AppFixture.model(speed: .max)
        for rung in Speed.ladder.reversed().dropFirst() {
            #expect(model.press("-") == [.setSpeed(rung)])
        }
        #expect(model.speed == Speed.ladder[0])
        #expect(model.press("-") == [.setSpeed(Speed.ladder[0])])
        #expect(model.speed == Speed.ladder[0])
    }

    @Test func equalsAndUnderscoreAreUnshiftedPlusAndMinus() {
        var model = AppFixture.model(speed: .times(10))
        #expect(model.press("=") == [.setSpeed(.times(30))])
        #expect(model.press("_") == [.setSpeed(.times(10))])
    }

    @Test func clockChangedEchoesSpeedAndPauseIntoTheModel() {
        var model = AppFixture.model(isPaused: false, speed: .times(10))
        #expect(model.update(.clockChanged(speed: .times(300), isPaused: true)).isEmpty)
        #expect(model.speed == .times(300))
        #expect(model.isPaused)
    }

    @Test func resizedStoresTheNewSizeAndNeverANegativeOne() {
        var model = AppFixture.model()
        #expect(model.update(.resized(width: 91, height: 27)).isEmpty)
        #expect((model.width, model.height) == (91, 27))
        _ = model.update(.resized(width: -3, height: -1))
        #expect((model.width, model.height) == (0, 0))
    }

    @Test func unknownKeysDoNothing() {
        let keys: [Key] = [
            .unknown(0), .unknown(-1), .unknown(Int32.max), .function(5), .home, .end, .pageUp, .pageDown,
            .character("Z"), .character("é"), .character("🙂"), .ctrl("a"), .ctrl("d"), .ctrl("u"), .resize,
            .backspace, .delete,
        ]
        for key in keys {
            var model = AppFixture.model()
            let before = ModelState(model)
            #expect(model.press(key).isEmpty, "key \(key)")
            #expect(ModelState(model) == before, "key \(key) changed the model")
        }
    }

    @Test func snapshotArrivedReplacesTheSnapshotWithoutEffects() {
        var model = AppFixture.model(AppFixture.start)
        #expect(model.update(.snapshotArrived(AppFixture.calm)).isEmpty)
        #expect(model.snapshot.tick == AppFixture.calm.tick)
    }

    @Test func snapshotArrivedClampsASelectionPastTheEnd() {
        var model = AppFixture.model(AppFixture.calm)
        model.press(.tab)  // scaling -> fleet
        #expect(model.focus == .fleet)
        for _ in 0..<50 { model.press("j") }
        #expect(model.selected(.fleet) == AppFixture.calm.instances.count - 1)
        var fewer = AppFixture.calm
        fewer.instances = Array(fewer.instances.prefix(2))
        _ = model.update(.snapshotArrived(fewer))
        #expect(model.selected(.fleet) == 1)
    }
}

/// The parts of a model that key presses may change, compared as one value.
struct ModelState: Equatable {
    var focus: PanelID
    var isZoomed: Bool
    var overlay: Overlay?
    var selection: [PanelID: Int]
    var eventFilter: String
    var isEditingFilter: Bool
    var themeIndex: Int
    var speed: Speed
    var isPaused: Bool
    var width: Int
    var height: Int

    init(_ m: DashboardModel) {
        focus = m.focus
        isZoomed = m.isZoomed
        overlay = m.overlay
        selection = m.selection
        eventFilter = m.eventFilter
        isEditingFilter = m.isEditingFilter
        themeIndex = m.themeIndex
        speed = m.speed
        isPaused = m.isPaused
        width = m.width
        height = m.height
    }
}
