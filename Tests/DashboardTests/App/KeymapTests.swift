import CloudSim
import Dashboard
import Testing

/// The keymap is data: every action has a key, keys do not clash, and the help overlay lists
/// every binding.
@Suite struct KeymapTests {
    /// Every `Action`, one of each case (`focusPanel` with a stand-in number).
    ///
    /// `ordinal` below has no `default`, so a new case fails to compile until it is listed here.
    static let allActions: [Action] = [
        .help, .quit, .togglePause, .stepOnce, .faster, .slower, .focusNext, .focusPrevious, .focusPanel(1),
        .selectUp, .selectDown, .selectLeft, .selectRight, .zoom, .back, .faultMenu, .healAll, .nextTheme,
        .filterEvents, .desiredDown, .desiredUp, .instanceTypeMenu, .recordWeightDown, .recordWeightUp,
        .recordWeightMenu, .toggleHealthCheck, .deployMenu,
    ]

    /// A distinct number per case, ignoring associated values.
    static func ordinal(_ action: Action) -> Int {
        switch action {
        case .help: 0
        case .quit: 1
        case .togglePause: 2
        case .stepOnce: 3
        case .faster: 4
        case .slower: 5
        case .focusNext: 6
        case .focusPrevious: 7
        case .focusPanel: 8
        case .selectUp: 9
        case .selectDown: 10
        case .selectLeft: 11
        case .selectRight: 12
        case .zoom: 13
        case .back: 14
        case .faultMenu: 15
        case .healAll: 16
        case .nextTheme: 17
        case .filterEvents: 18
        case .desiredDown: 19
        case .desiredUp: 20
        case .instanceTypeMenu: 21
        case .recordWeightDown: 22
        case .recordWeightUp: 23
        case .recordWeightMenu: 24
        case .toggleHealthCheck: 25
        case .deployMenu: 26
        }
    }

    @Test func theActionListCoversEveryCase() {
        #expect(Set(Self.allActions.map(Self.ordinal)) == Set(0..<27))
    }

    @Test(arguments: allActions)
    func everyActionHasABindingWithAKeyAndWords(_ action: Action) {
        let bindings = Keymap.standard.bindings.filter { Self.ordinal($0.action) == Self.ordinal(action) }
        #expect(bindings.count == 1, "\(action)")
        for binding in bindings {
            #expect(!binding.keys.isEmpty)
            #expect(!binding.label.isEmpty)
            #expect(!binding.help.isEmpty)
            #expect(!binding.group.isEmpty)
            for key in binding.keys {
                let found = Keymap.standard.action(for: key)
                #expect(
                    found.map(Self.ordinal) == Self.ordinal(action), "\(key) -> \(String(describing: found))")
            }
        }
    }

    @Test func noKeyIsBoundTwice() {
        let keys = Keymap.standard.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test func digitsOneToNineJumpToThatPanel() {
        for n in 1...9 {
            #expect(Keymap.standard.action(for: .character(Character(String(n)))) == .focusPanel(n))
        }
        #expect(Keymap.standard.action(for: .character("0")) == nil)
    }

    @Test func destructiveActionsNeverSitOnCtrlDOrCtrlU() {
        #expect(Keymap.standard.action(for: .ctrl("d")) == nil)
        #expect(Keymap.standard.action(for: .ctrl("u")) == nil)
    }

    @Test func uxKeysMapToTheirActions() {
        let expected: [(Key, Action)] = [
            (.character("?"), .help), (.character("q"), .quit), (.ctrl("c"), .quit),
            (.character(" "), .togglePause),
            (.character("."), .stepOnce), (.character("+"), .faster), (.character("-"), .slower),
            (.tab, .focusNext), (.backTab, .focusPrevious), (.up, .selectUp), (.character("k"), .selectUp),
            (.down, .selectDown), (.character("j"), .selectDown), (.left, .selectLeft),
            (.character("h"), .selectLeft),
            (.right, .selectRight), (.character("l"), .selectRight), (.enter, .zoom), (.escape, .back),
            (.character("f"), .faultMenu), (.character("x"), .healAll), (.character("t"), .nextTheme),
            (.character("/"), .filterEvents), (.character("["), .desiredDown), (.character("]"), .desiredUp),
            (.character("v"), .instanceTypeMenu), (.character("{"), .recordWeightDown),
            (.character("}"), .recordWeightUp), (.character("w"), .recordWeightMenu),
            (.character("c"), .toggleHealthCheck), (.character("D"), .deployMenu),
        ]
        for (key, action) in expected {
            #expect(Keymap.standard.action(for: key) == action, "\(key)")
        }
    }

    @Test func sectionsKeepEveryBindingOnceInOrder() {
        let bindings = Keymap.standard.bindings
        let sections = Keymap.standard.sections
        #expect(sections.map(\.group) == ["General", "Time", "Navigation", "Faults & capacity", "Route 53", "Deploy"])
        #expect(sections.flatMap(\.bindings).count == bindings.count)
        for section in sections {
            #expect(section.bindings == bindings.filter { $0.group == section.group })
        }
    }

    @Test(arguments: [(160, 48), (120, 40), (80, 24)])
    func helpOverlayListsEveryBindingLabelAndHelp(_ size: (Int, Int)) {
        var model = AppFixture.model(width: size.0, height: size.1)
        model.press("?")
        let text = AppFixture.text(model)
        #expect(text.contains("Keys"))
        // A compute-only scenario has nothing to deploy to, so `D` is left out (ServicesKeyTests).
        for section in Keymap.standard.sections where section.group != "Deploy" {
            #expect(text.contains(section.group), "group \(section.group) at \(size)")
        }
        for binding in Keymap.standard.bindings where model.offers(binding.action) {
            #expect(text.contains(binding.label), "label \(binding.label) at \(size)")
            #expect(text.contains(binding.help), "help \(binding.help) at \(size)")
        }
    }
}
