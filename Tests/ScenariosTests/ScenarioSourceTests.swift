import CloudSim
import Foundation
import Testing

@testable import Scenarios

@Suite struct ScenarioSourceTests {
    /// A fresh temporary directory for files the test writes.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scenarios-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func resolvesNothingToTheDefaultBuiltIn() throws {
        #expect(try ScenarioSource.resolve(nil).name == BuiltInScenarios.defaultName)
        #expect(try ScenarioSource.resolve("web-app") == BuiltInScenarios.named("web-app")?.architecture())
    }

    @Test func resolvesAFilePath() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("copy.yaml")
        try WebAppScenario.yaml.replacingOccurrences(of: "name: web-app", with: "name: my-copy")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try ScenarioSource.resolve(file.path).name == "my-copy")
    }

    @Test func explainsANameThatIsNeitherBuiltInNorAFile() throws {
        let error = try #require(throws: ScenarioError.self) { try ScenarioSource.resolve("foo") }
        #expect(error.description == "'foo' is neither a built-in scenario (showcase, web-app, static-website, multi-region, vertical-vs-horizontal, az-failure, microservices, fan-out, serverless-spike, containers, beanstalk-deploys) nor a readable file")
    }

    @Test func reportsUnreadableFilesAtLineOne() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("missing.yaml").path
        let missingError = try #require(throws: ScenarioError.self) { try ScenarioLoader.load(path: missing) }
        #expect(missingError.description == "\(missing):1:1: cannot read file: it does not exist")
        let folderError = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.load(path: directory.path)
        }
        #expect(folderError.description == "\(directory.path):1:1: cannot read file: it is a directory")
        let binary = directory.appendingPathComponent("binary.yaml")
        try Data(Array("name: x\nregions: ab".utf8) + [0xFF, 0xFE]).write(to: binary)
        let binaryError = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.load(path: binary.path)
        }
        #expect(
            binaryError.description == "\(binary.path):2:12: the file is not UTF-8 text; save it as UTF-8")
    }

    @Test func listsBuiltInsWithTitlesFromTheirYAML() throws {
        let webApp = try #require(BuiltInScenarios.named("web-app"))
        #expect(webApp.title == "Web application: Route 53 -> CloudFront -> ALB -> EC2 Auto Scaling across three AZs")
        #expect(webApp.description.hasPrefix("Users look up www.example.com in Route 53"))
        #expect(!webApp.description.contains("\n"))
        #expect(BuiltInScenarios.named("nope") == nil)
    }
}

@Suite struct DiagnosticTests {
    @Test func printsAsFileLineColumnMessage() {
        let diagnostic = ScenarioDiagnostic(file: "a.yaml", line: 3, column: 7, message: "bad")
        #expect(diagnostic.description == "a.yaml:3:7: bad")
        let error = ScenarioError(diagnostics: [diagnostic, diagnostic])
        #expect(error.description == "a.yaml:3:7: bad\na.yaml:3:7: bad")
    }

    @Test func reportsEveryProblemSortedByPosition() throws {
        let text = """
            regions: [{name: r, availabilityZones: [z]}]
            timeline: [{at: soon, healAll: true}]
            colour: blue
            """
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.parse(yaml: text, file: "x.yaml")
        }
        #expect(
            error.diagnostics.map(\.description) == [
                "x.yaml:1:1: the scenario is missing required key 'name'",
                "x.yaml:2:17: 'at' must be a duration such as 90, 90s, 5m, 1.5h or 1d, got 'soon'",
                "x.yaml:3:1: unknown key 'colour' at the top level; valid keys are name, title, description, settings, "
                    + "regions, traffic, instances, autoScalingGroups, loadBalancers, buckets, ...",
            ])
    }

    @Test func reportsAScalarAtTheTopAsTheWrongShape() throws {
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.parse(yaml: "42", file: "x.yaml")
        }
        #expect(error.description == "x.yaml:1:1: the scenario must be a mapping of keys, got '42'")
    }

    @Test func capsTheNumberOfDiagnosticsShown() throws {
        let entries = (0..<300).map { "  - {at: bad\($0), healAll: true}" }.joined(separator: "\n")
        let text = "name: x\nregions: [{name: r, availabilityZones: [z]}]\ntimeline:\n" + entries
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.parse(yaml: text, file: "x.yaml")
        }
        #expect(error.diagnostics.count == DiagnosticLog.shown + 1)
        #expect(error.diagnostics.last?.message == "too many problems; stopping after the first 100")
    }
}
