import CloudSim
import Dashboard
import Testing

/// A replay says so in the title bar, and the first command given before its end marks it diverged.
@Suite struct ReplayStatusTests {
    private func replayModel(endTick: Int) -> DashboardModel {
        var model = AppFixture.model()
        model.replay = ReplayStatus(file: "run.cloudtop", endTick: endTick)
        return model
    }

    private func title(_ model: DashboardModel) -> String {
        AppFixture.screen(model).lines.first ?? ""
    }

    @Test func theTitleBarNamesTheReplay() {
        let model = replayModel(endTick: AppFixture.calm.tick + 100)
        #expect(title(model).contains("seed 42 · replay "))
        #expect(!title(AppFixture.model()).contains("replay"))
    }

    @Test func pauseSpeedAndStepDoNotDiverge() {
        var model = replayModel(endTick: AppFixture.calm.tick + 100)
        model.press(" ")
        model.press("+")
        model.press(".")
        #expect(model.replay?.divergedAt == nil)
    }

    @Test func aCommandBeforeTheEndDivergesAndTheTitleSaysWhen() {
        var model = replayModel(endTick: AppFixture.calm.tick + 100)
        let effects = model.press("x")
        #expect(effects == [.submit(.healAll)], "commands stay live during a replay")
        #expect(model.replay?.divergedAt == AppFixture.calm.time)
        #expect(title(model).contains("replay · diverged at 00:06:00"))
    }

    @Test func afterTheEndTheReplayHasEndedAndCommandsDoNotDiverge() {
        var model = replayModel(endTick: AppFixture.calm.tick)
        #expect(title(model).contains("replay · ended"))
        model.press("x")
        #expect(model.replay?.divergedAt == nil)
    }
}
