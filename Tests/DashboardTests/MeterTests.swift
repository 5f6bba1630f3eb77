import Testing

@testable import Dashboard

@Suite struct MeterTests {
    @Test func barsThenValueOverMaxInsideBrackets() {
        let meter = Meter(label: "CPU", value: 25, maximum: 100)
        #expect(render(meter, width: 20, height: 1).lines == ["CPU[||||     25/100]"])
    }

    @Test func valueTextSitsOverTheBarsWhenFull() {
        let meter = Meter(label: "CPU", value: 90, maximum: 100)
        #expect(render(meter, width: 20, height: 1).lines == ["CPU[|||||||||90/100]"])
    }

    @Test func thresholdsStyleTheBars() {
        let meter = Meter(label: "m", value: 9, maximum: 10, thresholds: Thresholds(warn: 0.5, critical: 0.8))
        let buffer = render(meter, width: 12, height: 1)
        #expect(buffer[2, 0].style == LevelStyles.standard.critical)
    }

    @Test func narrowAreaDropsTextThenLabel() {
        let meter = Meter(label: "CPU", value: 25, maximum: 100)
        #expect(render(meter, width: 5, height: 1).lines == ["[|  ]"])
        #expect(render(meter, width: 1, height: 1).lines == [" "])
        #expect(render(Meter(value: 90, maximum: 100), width: 1, height: 1).lines == ["|"])
    }

    @Test func zeroMaximumShowsEmpty() {
        #expect(render(Meter(value: 5, maximum: 0, valueText: ""), width: 4, height: 1).lines == ["[  ]"])
        #expect(render(Meter(value: 5, maximum: 0), width: 0, height: 0).lines.isEmpty)
    }
}
