import Testing

@testable import Dashboard

@Suite struct SparklineTests {
    @Test func mapsValuesToEighthBlocksNewestAtRight() {
        let spark = Sparkline([0, 1, 2, 3, 4, 5, 6, 7, 8], maximum: 8)
        #expect(render(spark, width: 9, height: 1).lines == ["▁▁▂▃▄▅▆▇█"])
        #expect(render(spark, width: 4, height: 1).lines == ["▅▆▇█"])
    }

    @Test func shortHistoryIsRightAlignedWithBlanksBefore() {
        #expect(render(Sparkline([8, 8]), width: 4, height: 1).lines == ["  ██"])
    }

    @Test func tallAreaStacksLevels() {
        let spark = Sparkline([0, 4, 8, 12, 16], maximum: 16)
        #expect(render(spark, width: 5, height: 2).lines == ["   ▄█", "▁▄███"])
    }

    @Test func valuesAboveFixedMaximumAreClipped() {
        #expect(render(Sparkline([20, 4], maximum: 8), width: 2, height: 1).lines == ["█▄"])
    }

    @Test func targetLineRecolorsBarsBelowItAndFillsGaps() {
        let target = Style(foreground: .ansi(1))
        let spark = Sparkline([2, 4, 6, 8], maximum: 8, target: 6, targetStyle: target)
        let buffer = render(spark, width: 6, height: 1)
        #expect(buffer.lines == ["──▂▄▆█"])
        #expect(buffer.textSnapshot() == "──▂▄▆█\n-- styles --\nrow 0 col 0-3: fg=ansi(1)")
    }

    @Test func targetLineInTallChartSitsOnItsRow() {
        let spark = Sparkline([1, 16], maximum: 16, target: 12)
        #expect(render(spark, width: 2, height: 2).lines == ["─█", "▁█"])
    }

    @Test func zerosStillShowABaseline() {
        #expect(render(Sparkline([0, 0, 0]), width: 3, height: 1).lines == ["▁▁▁"])
    }

    @Test func emptyValuesLeaveTheAreaBlank() {
        #expect(render(Sparkline([]), width: 3, height: 1).lines == ["   "])
    }

    @Test func oneByOneAndZeroSize() {
        #expect(render(Sparkline([1, 5]), width: 1, height: 1).lines == ["█"])
        #expect(render(Sparkline([1, 5]), width: 0, height: 0).lines.isEmpty)
        #expect(render(Sparkline([.nan, -3, 4]), width: 3, height: 1).lines == ["▁▁█"])
    }
}
