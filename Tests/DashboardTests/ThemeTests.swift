import Testing

@testable import Dashboard

@Suite struct ThemeTests {
    /// Diagnostics of a fixture with the fixture folder removed from the file names.
    func diagnostics(_ name: String) -> (Theme, [String]) {
        let (theme, found) = ThemeLibrary.load(fixture(name))
        return (theme, found.map { $0.description.replacingOccurrences(of: fixture("") + "/", with: "") })
    }

    @Test func brokenSyntaxGivesOneDiagnosticAndTheDefaultTheme() {
        let (theme, found) = diagnostics("broken-syntax.yaml")
        #expect(theme == ThemeLibrary.defaultTheme)
        #expect(
            found == [
                "broken-syntax.yaml:4:15: invalid YAML: did not find expected ',' or '}' "
                    + "(while parsing a flow mapping at line 3, column 9)"
            ])
    }

    @Test func unknownKeysRolesAndColoursAreReportedWithPlaces() {
        let (_, found) = diagnostics("unknown-keys.yaml")
        #expect(
            found == [
                "unknown-keys.yaml:2:11: unknown theme 'defualt' in inherits; did you mean 'default'?",
                "unknown-keys.yaml:3:1: unknown key 'palete'; did you mean 'palette'?",
                "unknown-keys.yaml:7:8: colour index 300 is out of range 0-255",
                "unknown-keys.yaml:8:8: invalid hex colour '#12345'; expected #rrggbb",
                "unknown-keys.yaml:9:11: missing colour for 'nothing' (quote hex colours: \"#1e1e2e\")",
                "unknown-keys.yaml:11:3: unknown role 'state.helthy'; did you mean 'state.healthy'?",
                "unknown-keys.yaml:12:14: unknown colour 'gren'; did you mean 'green'?",
                "unknown-keys.yaml:12:26: 'bold' must be true or false",
                "unknown-keys.yaml:12:31: unknown style key 'colour'; expected one of fg, bg, bold, dim, italic, underline, reverse",
            ])
    }

    @Test func theRestOfAFaultyFileStillLoads() {
        let (theme, _) = diagnostics("unknown-keys.yaml")
        #expect(theme.name == "typos")
        #expect(theme.palette == ["bg": .rgb(0x1e, 0x1e, 0x2e)])
        #expect(theme.style(for: "meter.value.warn") == Style(foreground: .rgb(0x1e, 0x1e, 0x2e)))
        #expect(theme.style(for: .panelBorderFocused) == Style(foreground: .ansi(9), attributes: .underline))
        #expect(theme.style(for: .text) == Style())
        // Roles the file does not style come from the default theme.
        #expect(theme.style(for: .stateHealthy) == ThemeLibrary.defaultTheme.style(for: .stateHealthy))
    }

    @Test func notAMappingAndMissingFilesFallBackToDefault() {
        #expect(
            diagnostics("not-a-mapping.yaml").1 == [
                "not-a-mapping.yaml:1:1: a theme file must be a mapping with name, palette and roles"
            ])
        #expect(diagnostics("missing.yaml").1 == ["missing.yaml: cannot read theme file"])
    }

    @Test func unknownThemeNameSuggestsTheClosest() {
        let (theme, found) = ThemeLibrary.load("ligth")
        #expect(theme.name == "default")
        #expect(
            found.map(\.description) == [
                "ligth: unknown theme; did you mean 'light'? (built-in themes: default, light, high-contrast, monochrome, solarized)"
            ])
    }

    @Test func resolutionGoesExactThenLongestPrefixThenParentThenDefault() {
        let theme = Theme(
            name: "t", inherits: "monochrome",
            roles: [
                "meter": RoleStyle(Style(foreground: .ansi(1))),
                "meter.value": RoleStyle(Style(foreground: .ansi(2))),
                "meter.value.warn": RoleStyle(Style(foreground: .ansi(3))),
            ])
        #expect(theme.style(for: "meter.value.warn") == Style(foreground: .ansi(3)))
        #expect(theme.style(for: "meter.value.crit") == Style(foreground: .ansi(2)))
        #expect(theme.style(for: "meter.label") == Style(foreground: .ansi(1)))
        #expect(theme.style(for: .stateCritical) == Style(attributes: [.bold, .reverse]))  // from monochrome
        let orphan = Theme(name: "orphan")
        #expect(orphan.style(for: .stateHealthy) == Style(foreground: .ansi(2)))  // from default
        #expect(orphan.style(for: "no.such.role") == .plain)
    }

    @Test func paletteOverridesRecolourInheritedRoles() {
        let (theme, found) = ThemeLibrary.load(fixture("partial.yaml"))
        #expect(found.isEmpty)
        let styles = ThemeStyles(theme: theme)
        // `meter` prefix, own palette.
        #expect(styles.meterValueWarn == Style(foreground: .rgb(0xff, 0x88, 0x00)))
        // The `state` prefix wins over the parent's exact role.
        #expect(styles.stateHealthy == Style(attributes: .bold))
        #expect(styles.panelBorderFocused == Style(foreground: .rgb(0xff, 0x88, 0x00), attributes: .bold))
        let light = ThemeStyles(theme: ThemeLibrary.named("light")!)
        #expect(light.stateHealthy == Style(foreground: .indexed(28)))
    }

    @Test func colourNamesParse() throws {
        #expect(try ColorName.parse("#1E1E2E").get() == .rgb(0x1e, 0x1e, 0x2e))
        #expect(try ColorName.parse("#fff").get() == .rgb(255, 255, 255))
        #expect(try ColorName.parse("2").get() == .ansi(2))
        #expect(try ColorName.parse("236").get() == .indexed(236))
        #expect(try ColorName.parse("BrightRed").get() == .ansi(9))
        #expect(try ColorName.parse("default").get() == .default)
        #expect(try ColorName.parse("bg", palette: ["bg": .indexed(17)]).get() == .indexed(17))
    }

    @Test func libraryCyclesThroughThemes() {
        #expect(ThemeLibrary.next(after: "default").name == "light")
        #expect(ThemeLibrary.next(after: "solarized").name == "default")
        #expect(ThemeLibrary.next(after: "unknown").name == "default")
    }

    @Test func suggestionsNeedToBeClose() {
        #expect(Suggestion.closest(to: "palete", in: ["palette", "roles"]) == "palette")
        #expect(Suggestion.closest(to: "xyz", in: ["palette", "roles"]) == nil)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
    }
}
