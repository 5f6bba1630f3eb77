import CloudSim
import Testing

@testable import Scenarios

/// Mutated and hostile inputs: the loader must return an architecture or diagnostics, never crash.
@Suite struct FuzzTests {
    /// Every way a mutation can damage the text.
    enum Mutation: CaseIterable {
        case deleteLine, duplicateLine, swapCharacters, truncate, insertJunk, replaceCharacter
    }

    /// Applies one random mutation to `text`.
    static func mutate(_ text: String, using random: inout SimRandom) -> String {
        let junk: [Character] = [
            ":", "-", "[", "]", "{", "}", "\t", "\"", "'", "&", "*", "!", "#", "|", ">", "\u{0}", "é", "9",
        ]
        var characters = Array(text)
        guard characters.count >= 2 else { return text + String(junk.randomElement(using: &random) ?? ":") }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        switch Mutation.allCases.randomElement(using: &random) ?? .truncate {
        case .deleteLine:
            lines.remove(at: Int.random(in: 0..<lines.count, using: &random))
            return lines.joined(separator: "\n")
        case .duplicateLine:
            let index = Int.random(in: 0..<lines.count, using: &random)
            lines.insert(lines[index], at: index)
            return lines.joined(separator: "\n")
        case .swapCharacters:
            let index = Int.random(in: 0..<(characters.count - 1), using: &random)
            characters.swapAt(index, index + 1)
        case .truncate:
            characters = Array(characters.prefix(Int.random(in: 0..<characters.count, using: &random)))
        case .insertJunk:
            let index = Int.random(in: 0...characters.count, using: &random)
            characters.insert(junk.randomElement(using: &random) ?? ":", at: index)
        case .replaceCharacter:
            let index = Int.random(in: 0..<characters.count, using: &random)
            characters[index] = junk.randomElement(using: &random) ?? ":"
        }
        return String(characters)
    }

    /// Parses `text`; records an issue if it fails without saying why or with a bad position.
    static func checkNeverCrashes(_ text: String) {
        do {
            _ = try ScenarioLoader.parse(yaml: text, file: "fuzz.yaml")
        } catch {
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 && !$0.message.isEmpty })
            let positions = error.diagnostics.map { [$0.line, $0.column] }
            #expect(positions == positions.sorted { $0.lexicographicallyPrecedes($1) })
        }
    }

    @Test func survivesSixHundredMutationsOfWebApp() {
        var random = SimRandom(seed: 0xC10D_70B)
        var text = WebAppScenario.yaml
        for round in 0..<600 {
            // Every tenth round starts again from the pristine file; otherwise damage accumulates.
            if round % 10 == 0 { text = WebAppScenario.yaml }
            text = Self.mutate(text, using: &random)
            Self.checkNeverCrashes(text)
        }
    }

    @Test(arguments: [StaticWebsiteScenario.yaml, MultiRegionScenario.yaml, EdgeScenarioTests.yaml])
    func survivesThreeHundredMutationsOfEdgeScenarios(_ pristine: String) {
        var random = SimRandom(seed: UInt64(pristine.count))
        var text = pristine
        for round in 0..<300 {
            if round % 10 == 0 { text = pristine }
            text = Self.mutate(text, using: &random)
            Self.checkNeverCrashes(text)
        }
    }

    @Test(arguments: [
        "", " ", "\n\n", "---", "--- \n...", "~", "null", "42", "web-app", "[]", "- a\n- b", "{}",
        "\u{0}\u{1}\u{2}",
        "\u{FEFF}name: x", "\t", "name:\tx", "name: [", "name: {a: 1", "&a [*a]", "*undefined",
        "!!binary AAAA",
        "? [complex]\n: key", "name: x\n---\nname: y", "name: \"unterminated", "%YAML 9.9\n---\na: 1",
        String(repeating: "[", count: 2000), String(repeating: "- ", count: 500) + "x",
        String(repeating: "a", count: 100_000) + ": 1",
    ])
    func survivesOddDocuments(_ text: String) {
        Self.checkNeverCrashes(text)
    }

    @Test(arguments: [
        "1e400", "-1e400", ".nan", ".inf", "-.inf", "nan", "99999999999999999999", "-99999999999999999999",
        "0x10",
        "1_000", "''", "\"\"", "[1]", "{a: 1}", "true", "~", "1e18d", "9e99h", "-0",
    ])
    func survivesOddNumbersEverywhere(_ value: String) {
        var text = WebAppScenario.yaml
        for key in ["tickSeconds", "seed", "minSize", "maxSize", "desiredCapacity", "target", "bootSeconds"] {
            text = text.replacingOccurrences(of: "\(key): ", with: "\(key): \(value) #")
        }
        text = text.replacingOccurrences(of: "from: 150", with: "from: \(value)")
        text = text.replacingOccurrences(of: "at: 12m", with: "at: \(value)")
        Self.checkNeverCrashes(text)
    }

    @Test func survivesBinaryJunk() {
        var random = SimRandom(seed: 99)
        for length in [1, 7, 64, 512, 4096] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            Self.checkNeverCrashes(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func survivesAliasFanOutWithinTheDiagnosticCap() throws {
        let zones = "[" + Array(repeating: "*z", count: 200).joined(separator: ", ") + "]"
        let regions = "[" + Array(repeating: "*r", count: 200).joined(separator: ", ") + "]"
        let text = """
            zone: &z [nested]
            region: &r {name: x, availabilityZones: \(zones)}
            name: bomb
            regions: \(regions)
            """
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.parse(yaml: text, file: "b.yaml")
        }
        #expect(error.diagnostics.count <= DiagnosticLog.shown + 1)
    }
}
