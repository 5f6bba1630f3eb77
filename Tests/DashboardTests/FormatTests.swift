import Testing

@testable import Dashboard

@Suite struct FormatTests {
    @Test func ratesAreCompactAndAtMostFourCharacters() {
        let cases: [(Double, String)] = [
            (0, "0"), (999, "999"), (999.6, "1.0k"), (2340, "2.3k"), (9960, "10k"), (23_400, "23k"),
            (234_000, "234k"), (999_600, "1.0M"), (1_234_567, "1.2M"), (-2340, "-2.3k"), (.nan, "-"),
        ]
        for (value, text) in cases { #expect(Format.rate(value) == text, "rate(\(value))") }
    }

    @Test func millisSwitchToSeconds() {
        let cases: [(Double, String)] = [
            (0.4, "0.4 ms"), (38, "38 ms"), (38.4, "38 ms"), (9.96, "10 ms"), (999.4, "999 ms"),
            (999.6, "1.00 s"), (1234, "1.23 s"), (12_345, "12.3 s"), (123_456, "123 s"), (-3, "0.0 ms"),
        ]
        for (value, text) in cases { #expect(Format.millis(value) == text, "millis(\(value))") }
    }

    @Test func percentTakesAFraction() {
        let cases: [(Double, String)] = [
            (0.61, "61%"), (0.004, "0.4%"), (0.0996, "10%"), (1, "100%"), (0, "0.0%"),
        ]
        for (value, text) in cases { #expect(Format.percent(value) == text, "percent(\(value))") }
    }

    @Test func dollarsKeepCentsWhileSmall() {
        let cases: [(Double, String)] = [
            (1.84, "$1.84"), (99.99, "$99.99"), (100, "$100"), (1234.5, "$1235"), (12_345, "$12k"),
        ]
        for (value, text) in cases { #expect(Format.dollars(value) == text, "dollars(\(value))") }
    }

    @Test func durationsAndClocks() {
        #expect(Format.duration(462) == "7:42")
        #expect(Format.duration(3723) == "1:02:03")
        #expect(Format.duration(-5) == "0:00")
        #expect(Format.clock(462) == "00:07:42")
        #expect(Format.clock(3723) == "01:02:03")
        #expect(Format.clock(.infinity) == "-")
    }

    @Test func numbersAndFixed() {
        #expect(Format.number(31) == "31")
        #expect(Format.number(3.25) == "3.3")
        #expect(Format.number(12_345) == "12k")
        #expect(Format.fixed(-0.04, decimals: 1) == "0.0")
        #expect(Format.fixed(-1.25, decimals: 1) == "-1.3")
        #expect(Format.fixed(0.05, decimals: 2) == "0.05")
    }
}
