import Foundation
import Testing

@testable import Dashboard

/// The package root, found from this file's path (Tests/DashboardTests/ThemeFileTests.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A file of the theme fixtures.
func fixture(_ name: String) -> String {
    packageRoot.appendingPathComponent("Tests/DashboardTests/Fixtures/themes/\(name)").path
}

@Suite struct ThemeFileTests {
    func themeFiles() throws -> [URL] {
        let folder = packageRoot.appendingPathComponent("Themes")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
    }

    @Test func everyThemeFileParsesWithoutDiagnostics() throws {
        let files = try themeFiles()
        #expect(files.count >= 5)
        for file in files {
            let (theme, diagnostics) = ThemeLibrary.load(file.path)
            #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
            #expect(theme.name == file.deletingPathExtension().lastPathComponent)
        }
    }

    @Test func compiledInThemesMatchTheFilesExactly() throws {
        let names = try themeFiles().map { $0.deletingPathExtension().lastPathComponent }
        #expect(Set(names) == Set(ThemeLibrary.builtinNames))
        for (name, yaml) in BuiltinThemes.sources {
            let file = packageRoot.appendingPathComponent("Themes/\(name).yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text == yaml + "\n", "Themes/\(name).yaml differs from its compiled-in copy")
        }
    }

    @Test func builtinsParseWithoutDiagnosticsAndDefaultStylesEveryRole() {
        for (name, yaml) in BuiltinThemes.sources {
            #expect(ThemeParser.parse(yaml, file: name).diagnostics.isEmpty, "\(name)")
        }
        let defaultTheme = ThemeLibrary.defaultTheme
        for role in ThemeRole.allCases {
            #expect(defaultTheme.roles[role.rawValue] != nil, "default theme lacks \(role.rawValue)")
        }
        #expect(
            ThemeLibrary.all.map(\.name) == ["default", "light", "high-contrast", "monochrome", "solarized"])
    }

    @Test func monochromeUsesNoColourAtAll() {
        let styles = ThemeStyles(theme: ThemeLibrary.named("monochrome")!)
        let mirror = Mirror(reflecting: styles)
        for child in mirror.children {
            guard let style = child.value as? Style else { continue }
            #expect(style.foreground == .default && style.background == .default, "\(child.label ?? "")")
        }
        #expect(styles.stateCritical.attributes.contains(.reverse))
    }
}
