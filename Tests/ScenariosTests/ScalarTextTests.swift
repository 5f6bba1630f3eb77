import Testing

@testable import Scenarios

@Suite struct ScalarTextTests {
    @Test(arguments: [
        ("90", 90.0), ("90s", 90), ("5m", 300), ("1.5h", 5400), ("2h", 7200), ("1d", 86_400), ("0.5", 0.5),
        ("-30s", -30),
    ])
    func readsDurationsInSeconds(_ text: String, _ seconds: Double) {
        #expect(ScalarText.seconds(text) == seconds)
    }

    @Test(arguments: ["5 minutes", "2w", "m", "", "5mm", "1e999d", ".nan", "inf", "h5", "5M"])
    func rejectsAnythingElseAsDuration(_ text: String) {
        #expect(ScalarText.seconds(text) == nil)
    }

    @Test(arguments: [
        ("50KB", 50_000.0), ("2MB", 2e6), ("1GB", 1e9), ("1.5gb", 1.5e9), ("512B", 512), ("1KiB", 1024),
        ("2MiB", 2_097_152), ("1TB", 1e12),
    ])
    func readsByteSizesWithAUnit(_ text: String, _ bytes: Double) {
        #expect(ScalarText.byteSize(text) == bytes)
    }

    @Test(arguments: ["50", "50 KB", "KB", "50XB", "1e999GB", "-", ".nanMB", "5KBs"])
    func rejectsAnythingElseAsByteSize(_ text: String) {
        #expect(ScalarText.byteSize(text) == nil)
    }

    @Test func readsWholeNumbersAndSaysWhyOthersFail() {
        #expect(ScalarText.wholeNumber("12") == .value(12))
        #expect(ScalarText.wholeNumber("-3") == .value(-3))
        #expect(ScalarText.wholeNumber("1e3") == .value(1000))
        #expect(ScalarText.wholeNumber("4.0") == .value(4))
        #expect(ScalarText.wholeNumber("2.5") == .fractional)
        #expect(ScalarText.wholeNumber("99999999999999999999") == .tooLarge)
        #expect(ScalarText.wholeNumber("ten") == .notANumber)
        #expect(ScalarText.wholeNumber(".nan") == .notANumber)
    }

    @Test func rejectsNonFiniteNumbers() {
        for text in ["nan", "NaN", ".nan", "inf", "-inf", ".inf", "infinity", "1e400"] {
            #expect(ScalarText.number(text) == nil, "\(text)")
        }
        #expect(ScalarText.number("1e3") == 1000)
        #expect(ScalarText.number("-0.25") == -0.25)
    }

    @Test func readsBooleansInAnyCaseOnly() {
        #expect(ScalarText.bool("True") == true)
        #expect(ScalarText.bool("FALSE") == false)
        #expect(ScalarText.bool("yes") == nil)
    }

    @Test func quotesScalarsSafelyForMessages() {
        #expect(ScalarText.quoted("ten") == "'ten'")
        #expect(ScalarText.quoted("a\u{0}b\tc") == "'a?b?c'")
        #expect(
            ScalarText.quoted(String(repeating: "x", count: 50)) == "'" + String(repeating: "x", count: 40)
                + "...'")
    }

    @Test func formatsNumbersAsWritten() {
        #expect(ScalarText.format(999) == "999")
        #expect(ScalarText.format(0.5) == "0.5")
        #expect(ScalarText.format(-1) == "-1")
    }
}

@Suite struct SuggestionTests {
    @Test func suggestsTheClosestCandidateWithinTheTypoDistance() {
        let keys = ["desiredCapacity", "minSize", "maxSize"]
        #expect(Suggestion.closest(to: "desiredCapcity", among: keys) == "desiredCapacity")
        #expect(Suggestion.closest(to: "MINSIZE", among: keys) == "minSize")
        #expect(Suggestion.closest(to: "colour", among: keys) == nil)
        #expect(Suggestion.closest(to: "to", among: ["at"]) == nil)
    }

    @Test func measuresEditDistanceWithAnEarlyExit() {
        #expect(Suggestion.editDistance("kitten", "sitting", limit: 5) == 3)
        #expect(Suggestion.editDistance("", "abc", limit: 5) == 3)
        #expect(Suggestion.editDistance("abc", "abcdefgh", limit: 2) == 3)
        #expect(Suggestion.editDistance("same", "same", limit: 0) == 0)
    }

    @Test func hintListsCandidatesWhenNoneIsClose() {
        #expect(
            Suggestion.hint(for: "x", among: [], noun: "load balancer", plural: "load balancers")
                == "; no load balancer is declared")
        #expect(
            Suggestion.hint(for: "zzz", among: ["a", "b"], noun: "key", plural: "keys")
                == "; valid keys are a, b")
        #expect(Suggestion.list((1...12).map(String.init)) == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ...")
    }
}
