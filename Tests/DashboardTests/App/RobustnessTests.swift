import CloudSim
import Testing

@testable import Dashboard

/// Every screen draws at any size without crashing, and monochrome carries every state in words.
@Suite struct RobustnessTests {
    static let oddSizes = [
        (0, 0), (1, 1), (80, 1), (1, 80), (2, 2), (79, 24), (80, 24), (81, 25), (300, 100),
    ]

    /// Models for every kind of screen: each focus, zoomed or not, each overlay, filter editing.
    static func everyScreen(_ snapshot: Snapshot) -> [(String, DashboardModel)] {
        var result: [(String, DashboardModel)] = []
        let base = AppFixture.model(snapshot)
        for panel in base.panels {
            for zoomed in [false, true] {
                var m = base
                m.focus = panel
                m.isZoomed = zoomed
                m.selection[panel] = 1
                result.append(("\(panel)\(zoomed ? " zoomed" : "")", m))
            }
        }
        for (name, keys) in [
            ("help", "?"), ("faults", "f"), ("types", "v"), ("filter", "/launch"), ("weights", "6w"), ("deploy", "D"),
        ] {
            var m = base
            m.type(keys)
            result.append((name, m))
        }
        var fleetMenu = base
        fleetMenu.type("3jf")
        result.append(("fleet faults", fleetMenu))
        for k in base.themes.indices {
            var m = base
            m.themeIndex = k
            result.append(("theme \(k)", m))
        }
        return result
    }

    @Test(arguments: oddSizes)
    func everyScreenRendersAtAnySize(_ size: (Int, Int)) {
        for snapshot in [
            AppFixture.start, AppFixture.calm, AppFixture.faulted, AppFixture.bare, EdgeFixture.calm, EdgeFixture.failover,
            ServicesFixture.messaging, ServicesFixture.containers, ServicesFixture.everything, ServicesFixture.extremes,
        ] {
            for (name, model) in Self.everyScreen(snapshot) {
                var m = model
                _ = m.update(.resized(width: size.0, height: size.1))
                let buffer = AppFixture.screen(m)
                #expect(buffer.width == size.0 && buffer.height == size.1, "\(name)")
            }
        }
    }

    @Test func everyScreenRendersAtSeededRandomSizes() {
        var random = SimRandom(seed: 7)
        for _ in 0..<60 {
            let size = (Int.random(in: 0...220, using: &random), Int.random(in: 0...70, using: &random))
            for (name, model) in Self.everyScreen(AppFixture.faulted) + Self.everyScreen(ServicesFixture.everything) {
                var m = model
                _ = m.update(.resized(width: size.0, height: size.1))
                _ = AppFixture.screen(m)
                _ = name
            }
        }
    }

    @Test func monochromeUsesNoColourAtAll() {
        for (name, model) in Self.everyScreen(AppFixture.faulted) {
            var m = model
            m.themes = [AppFixture.monochrome]
            m.themeIndex = 0
            let appendix = AppFixture.screen(m).textSnapshot()
            #expect(!appendix.contains("fg="), "\(name)")
            #expect(!appendix.contains("bg="), "\(name)")
        }
    }

    @Test func monochromeFleetNamesEveryInstanceState() {
        var model = AppFixture.model(AppFixture.faulted, width: 160, height: 48, theme: AppFixture.monochrome)
        model.press("3")
        model.press(.enter)
        let lines = AppFixture.screen(model).lines
        #expect(lines.joined().contains("in service"))
        for instance in model.snapshot.instances {
            let state = StateText.instance(instance)
            let row = lines.first { $0.contains(instance.id + " ") }
            #expect(row?.contains("\(state.symbol) \(state.word)") == true, "\(instance.id) \(state.word)")
        }
    }

    @Test func monochromeLoadBalancerNamesEveryTargetsHealth() {
        var model = AppFixture.model(AppFixture.faulted, width: 160, height: 48, theme: AppFixture.monochrome)
        model.press("4")
        model.press(.enter)
        let lines = AppFixture.screen(model).lines
        #expect(lines.joined().contains("healthy"))
        for (_, _, target) in model.targetOrder {
            let health = StateText.target(target.health)
            let row = lines.first { $0.contains(target.instance + " ") }
            #expect(
                row?.contains("\(health.symbol) \(health.word)") == true, "\(target.instance) \(health.word)")
        }
    }

    @Test func monochromeNamesAlarmStatesPausedAndFaultsInWords() {
        var model = AppFixture.model(
            AppFixture.faulted, width: 160, height: 48, theme: AppFixture.monochrome, isPaused: true)
        let text = AppFixture.text(model)
        for group in model.snapshot.groups {
            for alarm in group.alarms { #expect(text.contains(alarm.state.rawValue), "\(alarm.name)") }
        }
        #expect(text.contains("paused"))
        #expect(text.contains("1 fault"))
        #expect(text.contains("FAULT net:latency"))
        model.press(" ")
        #expect(AppFixture.text(model).contains("running"))
    }

    @Test func stateWordsAreDistinctPerState() {
        let words = TargetHealth.allCases.map { StateText.target($0).word }
        #expect(Set(words).count == words.count)
    }
}
