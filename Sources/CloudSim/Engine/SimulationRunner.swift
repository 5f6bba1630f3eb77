import Dispatch
import Foundation


/// Drives a `Simulation` on a private serial DispatchQueue at a chosen speed and publishes
/// the latest `Snapshot` into one guarded slot.
///
/// Any thread may call `submit`, `latestSnapshot` and the speed controls; the simulation
/// itself is only touched on the runner's queue. Commands apply at the start of the next
/// tick. A slow reader never builds a backlog: it just sees the newest snapshot.
public final class SimulationRunner: Sendable {
    private struct Control {
        var speed: Speed
        var isPaused: Bool
        var stepsRequested = 0
        var isRunning = false
        var owedSeconds = 0.0
        var lastWake: UInt64 = 0
        var lastPublish: UInt64 = 0
    }

    private let queue = DispatchQueue(label: "cloudtop.simulation", qos: .userInitiated)
    private let simulation: Guarded<Simulation>
    private let inbox = Guarded<[Command]>([])
    /// A copy of the simulation's command log, brought up to date after each wake, so the main
    /// thread can read it without waiting for a batch of ticks.
    private let applied = Guarded<[LoggedCommand]>([])
    private let control: Guarded<Control>
    private let latest: Guarded<Snapshot>
    private let publishNanos: UInt64
    private let wakeNanos: UInt64

    /// Creates a runner; call `start()` to begin.
    /// - Parameters:
    ///   - publishInterval: wall seconds between snapshots (the frame interval).
    public init(simulation: Simulation, speed: Speed = .times(1), paused: Bool = false, publishInterval: Double = 0.1) {
        self.simulation = Guarded(simulation)
        control = Guarded(Control(speed: speed, isPaused: paused))
        latest = Guarded(simulation.snapshot())
        publishNanos = UInt64(max(0.01, publishInterval) * 1e9)
        wakeNanos = UInt64(max(0.01, min(0.05, publishInterval / 2)) * 1e9)
    }

    /// The newest published snapshot.
    public var latestSnapshot: Snapshot { latest.withLock { $0 } }

    /// Current speed.
    public var speed: Speed { control.withLock { $0.speed } }

    /// Whether time is stopped.
    public var isPaused: Bool { control.withLock { $0.isPaused } }

    /// Every command applied so far, with its tick (waits for the queue).
    public var commandLog: [LoggedCommand] { queue.sync { simulation.withLock { $0.commandLog } } }

    /// The commands applied so far from position `index` of the log on, as of the last wake
    /// (cheap: never waits for the simulation queue).
    public func appliedCommands(from index: Int) -> [LoggedCommand] {
        applied.withLock { log in index < log.count ? Array(log[max(0, index)...]) : [] }
    }

    /// Queues a command for the start of the next tick.
    public func submit(_ command: Command) {
        inbox.withLock { $0.append(command) }
    }

    /// Sets the speed.
    public func setSpeed(_ speed: Speed) { control.withLock { $0.speed = speed } }

    /// Pauses or resumes.
    public func setPaused(_ paused: Bool) {
        control.withLock {
            $0.isPaused = paused
            $0.owedSeconds = 0
        }
    }

    /// Runs exactly one tick (meant for use while paused).
    public func stepOnce() {
        control.withLock { $0.stepsRequested += 1 }
        queue.async { self.wake() }
    }

    /// Starts the tick loop.
    public func start() {
        let already = control.withLock { c -> Bool in
            defer {
                c.isRunning = true
                c.lastWake = DispatchTime.now().uptimeNanoseconds
            }
            return c.isRunning
        }
        if !already { queue.async { self.loop() } }
    }

    /// Stops the tick loop and waits until the queue is idle.
    public func stop() {
        control.withLock { $0.isRunning = false }
        queue.sync {}
    }

    private func loop() {
        guard control.withLock({ $0.isRunning }) else { return }
        wake()
        queue.asyncAfter(deadline: .now() + .nanoseconds(Int(wakeNanos))) { self.loop() }
    }

    /// Steps what the elapsed wall time owes at the current speed, then maybe publishes.
    private func wake() {
        let now = DispatchTime.now().uptimeNanoseconds
        let commands = inbox.withLock { box -> [Command] in
            defer { box.removeAll() }
            return box
        }
        let (requestedTicks, budgetNanos, forcePublish) = control.withLock { c -> (Int, UInt64, Bool) in
            let elapsed = Double(now &- c.lastWake) / 1e9
            c.lastWake = now
            let requested = c.stepsRequested
            c.stepsRequested = 0
            if c.isPaused { return (requested, 0, requested > 0) }
            switch c.speed {
            case .max:
                return (Int.max, 30_000_000, false)
            case .times(let x):
                // Never owe more than half a second of wall time: a stall does not cause a burst.
                c.owedSeconds = min(c.owedSeconds + min(elapsed, 0.5) * x, x * 0.5 + 1)
                return (0, 0, false)
            }
        }
        let hasCommands = !commands.isEmpty
        simulation.withLock { sim in
            for command in commands { sim.submit(command) }
            var ticks = requestedTicks
            if ticks == 0 && budgetNanos == 0 {
                let dt = sim.tickSeconds
                ticks = control.withLock { c -> Int in
                    let n = Int(c.owedSeconds / dt)
                    c.owedSeconds -= Double(n) * dt
                    return n
                }
            }
            if budgetNanos > 0 {
                let deadline = now + budgetNanos
                repeat {
                    for _ in 0..<50 { sim.step() }
                } while DispatchTime.now().uptimeNanoseconds < deadline
            } else {
                for _ in 0..<ticks { sim.step() }
            }
            let due = control.withLock { c -> Bool in
                if forcePublish || now &- c.lastPublish >= publishNanos {
                    c.lastPublish = now
                    return true
                }
                return false
            }
            applied.withLock { log in
                if sim.commandLog.count > log.count { log.append(contentsOf: sim.commandLog[log.count...]) }
            }
            if due || hasCommands {
                let snapshot = sim.snapshot()
                latest.withLock { $0 = snapshot }
            }
        }
    }
}
