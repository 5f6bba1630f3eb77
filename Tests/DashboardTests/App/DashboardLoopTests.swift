import CloudSim
import Dashboard
import Foundation
import Testing

/// `DashboardLoop` over a `TestBackend` and a real (paused) `SimulationRunner`.
@Suite struct DashboardLoopTests {
    /// A started, paused runner over web-app at six minutes, and a loop on a backend of the given size.
    private func makeLoop(width: Int = 120, height: Int = 40, keys: [Key] = []) -> (
        DashboardLoop<TestBackend>, SimulationRunner
    ) {
        var sim = AppFixture.simulation()
        sim.step(AppFixture.sixMinutes)
        let runner = SimulationRunner(simulation: sim, speed: .times(10), paused: true, publishInterval: 0.05)
        runner.start()
        let model = AppFixture.model(runner.latestSnapshot, width: 0, height: 0, isPaused: true)
        let backend = TestBackend(width: width, height: height, keys: keys)
        return (DashboardLoop(backend: backend, runner: runner, model: model, fps: 30), runner)
    }

    /// Polls `condition` until it holds or `seconds` of wall time pass.
    private func eventually(within seconds: Double = 10, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return condition()
    }

    @Test func theFirstFrameFillsTheBackendWithTheRenderedScreen() {
        let (initial, runner) = makeLoop()
        var loop = initial
        defer { runner.stop() }
        loop.run(maxFrames: 0)
        #expect(loop.model.width == 120 && loop.model.height == 40)
        #expect(loop.backend.drawCounts.count == 1)
        #expect(loop.backend.clearCount == 1)
        #expect(loop.backend.grid == AppFixture.screen(loop.model))
        #expect(loop.backend.grid.lines[0].contains("paused"))
    }

    @Test func closingBracketRaisesDesiredCapacityInTheRunner() throws {
        let (initial, runner) = makeLoop(keys: [.character("]")])
        var loop = initial
        defer { runner.stop() }
        let before = try #require(runner.latestSnapshot.groups.first { $0.name == "web" }).desired
        #expect(before < 12)
        loop.run(maxFrames: 1)
        runner.stepOnce()
        let raised = eventually {
            runner.latestSnapshot.groups.first { $0.name == "web" }?.desired == before + 1
        }
        #expect(raised, "desired stayed at \(before)")
        #expect(runner.commandLog.contains { $0.command == .adjustDesiredCapacity(group: "web", delta: 1) })
    }

    @Test func faultMenuPickReachesTheRunnerAndHealAllClearsIt() throws {
        let (initial, runner) = makeLoop(keys: [.character("f"), .character("2")])
        var loop = initial
        defer { runner.stop() }
        loop.run(maxFrames: 1)
        runner.stepOnce()
        #expect(eventually { runner.latestSnapshot.faults.count == 1 })
        let fault = try #require(runner.latestSnapshot.faults.first)
        #expect(fault.spec.kind == .latency)
        #expect(fault.spec.target == "web")
        loop.backend.scriptedKeys = [.character("x")]
        loop.run(maxFrames: 1)
        runner.stepOnce()
        #expect(eventually { runner.latestSnapshot.faults.isEmpty })
    }

    @Test func spaceResumesTheRunnerAndDotPausesAndSteps() {
        let (initial, runner) = makeLoop(keys: [.character(" ")])
        var loop = initial
        defer { runner.stop() }
        loop.run(maxFrames: 1)
        #expect(!runner.isPaused)
        #expect(!loop.model.isPaused)
        loop.backend.scriptedKeys = [.character(".")]
        loop.run(maxFrames: 1)
        #expect(runner.isPaused)
        let tick = runner.latestSnapshot.tick
        loop.backend.scriptedKeys = [.character(".")]
        loop.run(maxFrames: 1)
        #expect(eventually { runner.latestSnapshot.tick > tick })
    }

    @Test func plusAndMinusSetTheRunnersSpeed() {
        let (initial, runner) = makeLoop(keys: [.character("+"), .character("+")])
        var loop = initial
        defer { runner.stop() }
        loop.run(maxFrames: 1)
        #expect(runner.speed == .times(100))
        loop.backend.scriptedKeys = [.character("-")]
        loop.run(maxFrames: 1)
        #expect(runner.speed == .times(30))
    }

    @Test func quitKeyEndsTheLoopBeforeMaxFrames() {
        let (initial, runner) = makeLoop(keys: [.character("q"), .character("?")])
        var loop = initial
        defer { runner.stop() }
        loop.run(maxFrames: 100)
        // The key after q was never read.
        #expect(loop.backend.scriptedKeys == [.character("?")])
        #expect(loop.model.overlay == nil)
    }

    @Test func shouldStopEndsTheLoop() {
        let (initial, runner) = makeLoop()
        var loop = initial
        defer { runner.stop() }
        loop.run(shouldStop: { true }, maxFrames: .max)
        #expect(loop.backend.drawCounts.count == 1)
    }

    @Test func aFrameWithNoChangeSendsNoCells() {
        let (initial, runner) = makeLoop()
        var loop = initial
        defer { runner.stop() }
        loop.run(maxFrames: 0)
        let first = loop.backend.totalCellsDrawn
        #expect(first > 0)
        loop.run(maxFrames: 3)
        // `run` draws once on entry and once per frame: four frames, nothing changed.
        #expect(loop.backend.drawCounts.count == 1)
        #expect(loop.backend.totalCellsDrawn == first)
        #expect(loop.backend.flushCount == 5)
    }

    @Test func aKeyThatChangesOneThingSendsOnlyTheChangedCells() {
        let (initial, runner) = makeLoop()
        var loop = initial
        defer { runner.stop() }
        loop.backend.scriptedKeys = [.character("3")]  // focus the fleet
        loop.run(maxFrames: 1)
        let full = loop.backend.drawCounts[0]
        let before = loop.backend.totalCellsDrawn
        loop.backend.scriptedKeys = [.character("j")]
        loop.run(maxFrames: 1)
        let sent = loop.backend.totalCellsDrawn - before
        #expect(sent > 0)
        #expect(sent < full / 4)
        #expect(loop.backend.grid == AppFixture.screen(loop.model))
    }

    @Test(arguments: [(80, 24), (160, 48), (40, 12), (0, 0), (300, 100)])
    func resizeRepaintsInFullAtTheNewSize(_ size: (Int, Int)) {
        let (initial, runner) = makeLoop()
        var loop = initial
        defer { runner.stop() }
        loop.run(maxFrames: 0)
        let clears = loop.backend.clearCount
        loop.backend.resize(width: size.0, height: size.1)
        loop.run(maxFrames: 1)
        #expect(loop.backend.clearCount > clears)
        #expect(loop.model.width == size.0 && loop.model.height == size.1)
        #expect(loop.backend.grid == AppFixture.screen(loop.model))
        let text = loop.backend.grid.lines.joined(separator: "\n")
        if size.0 >= 80 && size.1 >= 24 {
            #expect(text.contains("Events"))
        } else if size.0 * size.1 > 0 {
            #expect(text.contains("terminal too small"))
        }
    }

    @Test func shrinkingAndGrowingBackLeavesNoStaleCells() {
        let (initial, runner) = makeLoop(width: 160, height: 48)
        var loop = initial
        defer { runner.stop() }
        loop.run(maxFrames: 0)
        let original = loop.backend.grid
        loop.backend.resize(width: 40, height: 12)
        loop.run(maxFrames: 1)
        loop.backend.resize(width: 160, height: 48)
        loop.run(maxFrames: 1)
        #expect(loop.backend.grid == original)
    }

    @Test func aBurstOfKeysIsHandledAndTheScreenStaysInStep() {
        var random = SimRandom(seed: 99)
        let pool: [Key] =
            "?fvt/ .+-=_[]jkhlx123456789abcz".map { Key.character($0) }
            + [
                .tab, .backTab, .up, .down, .left, .right, .enter, .escape, .backspace, .unknown(410),
                .resize,
            ]
        let keys = (0..<2_000).map { _ in pool.randomElement(using: &random)! }
        let (initial, runner) = makeLoop(keys: keys)
        var loop = initial
        defer { runner.stop() }
        loop.run(maxFrames: 50)
        #expect(loop.backend.scriptedKeys.isEmpty)
        #expect(loop.backend.grid == AppFixture.screen(loop.model))
    }
}
