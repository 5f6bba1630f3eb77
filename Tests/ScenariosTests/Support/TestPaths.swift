import Foundation

/// Paths of files the tests read, computed from this file's location so they work from any directory.
enum TestPaths {
    /// `Tests/ScenariosTests`.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The package root.
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    /// `Scenarios/` at the package root.
    static let scenariosDirectory = packageRoot.appendingPathComponent("Scenarios")
    /// `Tests/ScenariosTests/Fixtures/broken`.
    static let brokenFixtures = testsDirectory.appendingPathComponent("Fixtures/broken")
    /// `Tests/ScenariosTests/Fixtures/recordings`.
    static let recordingFixtures = testsDirectory.appendingPathComponent("Fixtures/recordings")

    /// Names of the files in `directory` ending in `.yaml`, sorted.
    static func yamlFiles(in directory: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }
}
