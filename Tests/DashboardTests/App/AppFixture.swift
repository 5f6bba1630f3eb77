import CloudSim
import Dashboard
import Scenarios

/// Shared set-up for the dashboard App tests: the built-in web-app scenario stepped to fixed
/// simulated times, models over it, and key presses fed through `update`.
enum AppFixture {
    /// The seed every App test uses, so screens are the same on every run and machine.
    static let seed: UInt64 = 42

    /// Ticks in six simulated minutes at the scenario's 100 ms tick.
    static let sixMinutes = 3_600

    /// The group the "with a fault" screens add latency to: a fault with a duration, so it
    /// stays active and shows in the title bar, the status bar and the event log.
    static let faultTarget = "web"

    /// The web-app simulation at tick 0 with the fixed seed, without its edge: users go
    /// straight to the ALB at the rates that reach it through CloudFront. The compute-tier
    /// screens are recorded over this; `EdgeFixture` and `defaultScenario` cover the edge.
    static func simulation() -> Simulation {
        var architecture = defaultArchitecture()
        architecture.title = "Web application: ALB -> EC2 Auto Scaling across three AZs"
        architecture.hostedZones = []
        architecture.distributions = []
        architecture.traffic[0].target = "web-alb"
        architecture.traffic[0].pattern = .ramp(from: 150, to: 650, start: 60, duration: 720)
        return Simulation(architecture: architecture, seed: seed)
    }

    /// The scenario `cloudtop` opens when given none.
    static func shippedDefault() -> Architecture {
        do {
            guard let scenario = BuiltInScenarios.named(BuiltInScenarios.defaultName) else {
                fatalError("the built-in default scenario is missing")
            }
            return try scenario.architecture()
        } catch {
            fatalError("the built-in default scenario does not load: \(error)")
        }
    }

    /// The built-in web-app scenario, as shipped (Route 53 and CloudFront in front).
    static func defaultArchitecture() -> Architecture {
        do {
            guard let scenario = BuiltInScenarios.named("web-app") else {
                fatalError("the built-in web-app scenario is missing")
            }
            return try scenario.architecture()
        } catch {
            fatalError("the built-in web-app scenario does not load: \(error)")
        }
    }

    /// The shipped default scenario (`showcase`) after six simulated minutes.
    static let defaultScenario: Snapshot = {
        var sim = Simulation(architecture: shippedDefault(), seed: seed)
        sim.step(sixMinutes)
        return sim.snapshot()
    }()

    /// Web-app after six simulated minutes: several instances, alarms, a full event log.
    static let calm: Snapshot = {
        var sim = simulation()
        sim.step(sixMinutes)
        return sim.snapshot()
    }()

    /// Web-app after six minutes, then a latency fault on the group and two more seconds.
    static let faulted: Snapshot = {
        var sim = simulation()
        sim.step(sixMinutes)
        sim.submit(.injectFault(FaultSpec(kind: .latency, target: faultTarget, durationSeconds: 300)))
        sim.step(20)
        return sim.snapshot()
    }()

    /// Web-app at tick 0 (nothing launched beyond the initial capacity yet).
    static let start: Snapshot = simulation().snapshot()

    /// The monochrome theme, resolved.
    static let monochrome: ThemeStyles = {
        guard let theme = ThemeLibrary.named("monochrome") else { fatalError("no monochrome theme") }
        return ThemeStyles(theme: theme)
    }()

    /// A model over `snapshot` with the standard theme first (and every built-in after it).
    static func model(
        _ snapshot: Snapshot = calm, width: Int = 160, height: Int = 48, theme: ThemeStyles = .standard,
        isPaused: Bool = false, speed: Speed = .times(10)
    ) -> DashboardModel {
        let others = ThemeLibrary.all.map(ThemeStyles.init(theme:)).dropFirst()
        return DashboardModel(
            snapshot: snapshot, width: width, height: height, themes: [theme] + others, speed: speed,
            isPaused: isPaused)
    }

    /// A snapshot with only stand-alone parts: no groups, no load balancers, no instances.
    static var bare: Snapshot {
        var s = calm
        s.groups = []
        s.loadBalancers = []
        s.instances = []
        return s
    }

    /// Renders a whole screen at the model's size.
    static func screen(_ model: DashboardModel) -> Buffer {
        var buffer = Buffer(width: model.width, height: model.height)
        DashboardView.render(model, into: &buffer)
        return buffer
    }

    /// The screen's rows as one string (for `contains` checks).
    static func text(_ model: DashboardModel) -> String {
        screen(model).lines.joined(separator: "\n")
    }
}

extension DashboardModel {
    /// Presses `key` and returns the effects.
    @discardableResult
    mutating func press(_ key: Key) -> [DashboardEffect] {
        update(.keyPressed(key))
    }

    /// Presses a printable character.
    @discardableResult
    mutating func press(_ character: Character) -> [DashboardEffect] {
        update(.keyPressed(.character(character)))
    }

    /// Types every character of `text`, returning all effects in order.
    @discardableResult
    mutating func type(_ text: String) -> [DashboardEffect] {
        text.flatMap { press($0) }
    }
}
