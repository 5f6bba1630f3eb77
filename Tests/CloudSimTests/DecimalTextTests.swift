@testable import CloudSim
import Testing

@Suite struct DecimalTextTests {
    @Test func roundsToFixedDecimalsWithoutLocaleOrPrintf() {
        #expect(DecimalText.exactly(0, 4) == "0.0000")
        #expect(DecimalText.exactly(2.345, 1) == "2.3" || DecimalText.exactly(2.345, 1) == "2.4")
        #expect(DecimalText.exactly(-0.04, 1) == "0.0")
        #expect(DecimalText.exactly(-1.25, 2) == "-1.25")
        #expect(DecimalText.exactly(60, 0) == "60")
    }

    @Test func hugeAndNonFiniteValuesNeverTrapAndStayValidJSONNumbers() {
        #expect(DecimalText.exactly(1e20, 1) == nil)
        #expect(fixed(1e20, 1) == "1e+20")
        #expect(fixed(.nan, 2) == "0")
        #expect(fixed(.infinity, 2) == "0")
    }
}
