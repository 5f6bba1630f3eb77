import Testing

@testable import Dashboard

@Suite struct BarChartTests {
    let bars = [
        BarChart.Bar(label: "i-0a1", value: 31, valueText: "31 rps"),
        BarChart.Bar(label: "i-0b2", value: 62, valueText: "62 rps"),
        BarChart.Bar(label: "i-0c3", value: 0, valueText: "0 rps"),
    ]

    @Test func labelsBarsAndValuesLineUp() {
        #expect(
            render(BarChart(bars), width: 24, height: 3).lines
                == fenced(
                    """
                    |i-0a1 █████▌      31 rps|
                    |i-0b2 ███████████ 62 rps|
                    |i-0c3              0 rps|
                    """))
    }

    @Test func extraBarsAreClipped() {
        #expect(render(BarChart(bars), width: 24, height: 1).lines == ["i-0a1 █████▌      31 rps"])
    }

    @Test func fixedMaximumScalesBars() {
        let chart = BarChart([BarChart.Bar(label: "a", value: 5)], maximum: 10)
        #expect(render(chart, width: 8, height: 1).lines == ["a ██   5"])
    }

    @Test func perBarStyleWins() {
        let red = Style(foreground: .ansi(1))
        let chart = BarChart(
            [BarChart.Bar(label: "a", value: 1, style: red)], barStyle: Style(foreground: .ansi(2)))
        #expect(render(chart, width: 6, height: 1)[2, 0].style == red)
    }

    @Test func narrowAreaDropsValuesThenLabels() {
        #expect(render(BarChart(bars), width: 8, height: 2).lines == ["i… ██▌  ", "i… █████"])
        #expect(render(BarChart(bars), width: 1, height: 1).lines == ["▌"])
    }

    @Test func zeroSizeAndNoBarsDrawNothing() {
        #expect(render(BarChart(bars), width: 0, height: 0).lines.isEmpty)
        #expect(render(BarChart([]), width: 3, height: 1).lines == ["   "])
    }
}
