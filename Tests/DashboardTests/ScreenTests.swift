import Testing

@testable import Dashboard

@Suite struct ScreenTests {
    @Test func firstPresentClearsAndSendsEveryNonBlankCell() {
        var screen = Screen(width: 4, height: 2)
        var backend = TestBackend(width: 4, height: 2)
        screen.buffer.write("ab", x: 0, y: 0)
        screen.buffer.write("c", x: 3, y: 1)
        screen.present(to: &backend)
        #expect(backend.clearCount == 1)
        #expect(backend.drawCounts == [3])
        #expect(backend.flushCount == 1)
        #expect(backend.grid.lines == ["ab  ", "   c"])
    }

    @Test func secondPresentSendsOnlyChangedCells() {
        var screen = Screen(width: 4, height: 2)
        var backend = TestBackend(width: 4, height: 2)
        screen.buffer.write("abcd", x: 0, y: 0)
        screen.present(to: &backend)
        screen.buffer.write("abXd", x: 0, y: 0)
        #expect(screen.diff().map { "\($0.x),\($0.y)=\($0.cell.symbol)" } == ["2,0=X"])
        screen.present(to: &backend)
        #expect(backend.drawCounts == [4, 1])
        #expect(backend.clearCount == 1)
        #expect(backend.grid.lines == ["abXd", "    "])
    }

    @Test func styleChangeAloneIsSent() {
        var screen = Screen(width: 2, height: 1)
        var backend = TestBackend(width: 2, height: 1)
        screen.buffer.write("ok", x: 0, y: 0)
        screen.present(to: &backend)
        screen.buffer.write("ok", x: 0, y: 0, style: Style(attributes: .bold))
        #expect(screen.diff().count == 2)
    }

    @Test func unchangedFrameDrawsNothingButStillFlushes() {
        var screen = Screen(width: 3, height: 1)
        var backend = TestBackend(width: 3, height: 1)
        screen.buffer.write("abc", x: 0, y: 0)
        screen.present(to: &backend)
        screen.buffer.write("abc", x: 0, y: 0)
        screen.present(to: &backend)
        #expect(backend.drawCounts == [3])
        #expect(backend.flushCount == 2)
    }

    @Test func resizeRepaintsInFull() {
        var screen = Screen(width: 3, height: 1)
        var backend = TestBackend(width: 3, height: 1)
        screen.buffer.write("abc", x: 0, y: 0)
        screen.present(to: &backend)
        backend.resize(width: 4, height: 2)
        screen.resize(width: 4, height: 2)
        #expect(screen.needsFullRepaint)
        screen.buffer.write("abc", x: 0, y: 0)
        screen.present(to: &backend)
        #expect(backend.clearCount == 2)
        #expect(backend.drawCounts == [3, 3])
        #expect(backend.grid.lines == ["abc ", "    "])
    }

    @Test func invalidateRepaintsInFull() {
        var screen = Screen(width: 2, height: 1)
        var backend = TestBackend(width: 2, height: 1)
        screen.buffer.write("hi", x: 0, y: 0)
        screen.present(to: &backend)
        screen.invalidate()
        screen.buffer.write("hi", x: 0, y: 0)
        screen.present(to: &backend)
        #expect(backend.drawCounts == [2, 2])
    }

    @Test func wideCharacterSendsOneCellAndItsContinuationIsSkipped() {
        var screen = Screen(width: 4, height: 1)
        var backend = TestBackend(width: 4, height: 1)
        screen.buffer.write("中a", x: 0, y: 0)
        #expect(screen.diff().count == 2)
        screen.present(to: &backend)
        #expect(backend.grid.lines == ["中a "])
        screen.buffer.write("xya", x: 0, y: 0)
        #expect(screen.diff().map(\.cell.symbol) == ["x", "y"])
    }

    @Test func zeroSizeScreenPresentsNothing() {
        var screen = Screen(width: 0, height: 0)
        var backend = TestBackend(width: 0, height: 0)
        screen.present(to: &backend)
        #expect(backend.drawCounts.isEmpty)
        #expect(backend.flushCount == 1)
    }

    @Test func presentStartsABlankFrame() {
        var screen = Screen(width: 2, height: 1)
        var backend = TestBackend(width: 2, height: 1)
        screen.buffer.write("ab", x: 0, y: 0)
        screen.present(to: &backend)
        #expect(screen.buffer.lines == ["  "])
        screen.present(to: &backend)
        #expect(backend.grid.lines == ["  "])
    }
}
