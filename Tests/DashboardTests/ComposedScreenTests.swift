import Testing

@testable import Dashboard

@Suite struct ComposedScreenTests {
    @Test func themedWidgetsOnAScreenGiveATextSnapshotWithStyles() {
        let styles = ThemeStyles.standard
        var screen = Screen(width: 24, height: 4)
        var backend = TestBackend(width: 24, height: 4)
        let inner = styles.makeBox(title: "CPU", trailingTitle: "7/10", isFocused: true)
            .render(in: screen.buffer.area, into: &screen.buffer)
        styles.makeSparkline([10, 40, 70, 100], maximum: 100, target: 60)
            .render(in: Rect(x: inner.x, y: inner.y, width: 6, height: 1), into: &screen.buffer)
        styles.makeGauge(label: "cpu", fraction: 0.7, thresholds: Thresholds(warn: 0.6, critical: 0.85))
            .render(in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1), into: &screen.buffer)
        screen.present(to: &backend)
        #expect(
            backend.textSnapshot() == """
                ┏ CPU ━━━━━━━━━━━ 7/10 ┓
                ┃──▁▃▆█                ┃
                ┃cpu [████████░░░░] 70%┃
                ┗━━━━━━━━━━━━━━━━━━━━━━┛
                -- styles --
                row 0 col 0-23: fg=ansi(6) bold
                row 1 col 0: fg=ansi(6) bold
                row 1 col 1-4: fg=ansi(3)
                row 1 col 5-6: fg=ansi(6)
                row 1 col 23: fg=ansi(6) bold
                row 2 col 0: fg=ansi(6) bold
                row 2 col 1-5: fg=ansi(6)
                row 2 col 6-13: fg=ansi(3)
                row 2 col 14-17: fg=ansi(8)
                row 2 col 18-19: fg=ansi(6)
                row 2 col 20-22: fg=ansi(3)
                row 2 col 23: fg=ansi(6) bold
                row 3 col 0-23: fg=ansi(6) bold
                """)
        #expect(backend.drawCounts == [4 * 24 - 16])  // every cell but the 16 blank ones in row 1
    }
}
