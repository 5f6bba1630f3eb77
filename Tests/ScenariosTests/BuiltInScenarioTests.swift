import CloudSim
import Foundation
import Testing

@testable import Scenarios

@Suite struct BuiltInScenarioTests {
    @Test func everyFileInScenariosDirectoryParsesWithoutDiagnostics() throws {
        let files = TestPaths.yamlFiles(in: TestPaths.scenariosDirectory)
        #expect(!files.isEmpty)
        for file in files {
            let path = TestPaths.scenariosDirectory.appendingPathComponent(file).path
            do {
                _ = try ScenarioLoader.load(path: path)
            } catch {
                Issue.record("\(file):\n\(error)")
            }
        }
    }

    @Test func everyBuiltInIsMirroredByteForByteInScenariosDirectory() throws {
        for scenario in BuiltInScenarios.all {
            let url = TestPaths.scenariosDirectory.appendingPathComponent("\(scenario.name).yaml")
            let data = try Data(contentsOf: url)
            #expect(data == Data(scenario.yaml.utf8), "\(scenario.name) differs from \(url.path)")
        }
    }

    @Test func everyMirrorFileIsBuiltIn() {
        let files = TestPaths.yamlFiles(in: TestPaths.scenariosDirectory)
        #expect(files == BuiltInScenarios.all.map { "\($0.name).yaml" }.sorted())
    }
}
