import Testing

@testable import Dashboard

@Suite struct GaugeTests {
    @Test func drawsLabelBarAndPercent() {
        let gauge = Gauge(label: "CPU", fraction: 0.61)
        #expect(render(gauge, width: 20, height: 1).lines == ["CPU [██████░░░░] 61%"])
    }

    @Test func thresholdsChooseTheStyle() {
        let thresholds = Thresholds(warn: 0.6, critical: 0.85)
        let styles = LevelStyles.standard
        let ok = render(Gauge(fraction: 0.3, thresholds: thresholds), width: 10, height: 1)
        let warn = render(Gauge(fraction: 0.61, thresholds: thresholds), width: 10, height: 1)
        let crit = render(Gauge(fraction: 0.9, thresholds: thresholds), width: 10, height: 1)
        #expect(ok[1, 0].style == styles.ok)
        #expect(warn[1, 0].style == styles.warn)
        #expect(crit[1, 0].style == styles.critical)
        #expect(crit[9, 0].style == styles.critical)  // the value text too
        #expect(warn.lines == ["[██░░] 61%"])
        #expect(warn[3, 0].style == Style(attributes: .dim))  // the empty part
    }

    @Test func narrowAreaDropsTheLabelThenTheBar() {
        let gauge = Gauge(label: "CPU", fraction: 0.61)
        #expect(render(gauge, width: 10, height: 1).lines == ["[██░░] 61%"])
        #expect(render(gauge, width: 3, height: 1).lines == ["61%"])
        #expect(render(gauge, width: 1, height: 1).lines == ["…"])
    }

    @Test func customValueTextAndClamping() {
        let gauge = Gauge(label: "mem", fraction: 1.4, valueText: "3.1G")
        #expect(render(gauge, width: 15, height: 2).lines == ["mem [████] 3.1G", "               "])
        #expect(render(Gauge(fraction: .nan), width: 9, height: 1).lines == ["[░░] 0.0%"])
    }

    @Test func zeroSizeDrawsNothing() {
        #expect(render(Gauge(label: "CPU", fraction: 0.5), width: 0, height: 0).lines.isEmpty)
    }
}
