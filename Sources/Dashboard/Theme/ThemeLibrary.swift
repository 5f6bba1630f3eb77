import Foundation

/// The built-in themes, and loading a theme by name or from a file.
public enum ThemeLibrary {
    /// Names of the built-in themes, in listing order.
    public static let builtinNames: [String] = BuiltinThemes.sources.map(\.name)

    /// Every built-in theme, parsed once from the compiled-in YAML; `default` first.
    ///
    /// Built-ins may inherit only built-ins listed before them, so parsing never needs
    /// this list while it is being built.
    public static let all: [Theme] = {
        var parsed: [Theme] = []
        for (name, yaml) in BuiltinThemes.sources {
            let lookup: (String) -> Theme? = { wanted in parsed.first { $0.name == wanted } }
            let theme = ThemeParser.parse(yaml, file: "Themes/\(name).yaml", parent: lookup).theme
            parsed.append(theme ?? Theme(name: name))
        }
        return parsed
    }()

    /// The built-in default theme, the last fallback of every look-up.
    public static var defaultTheme: Theme { all[0] }

    /// The built-in theme called `name`, if any.
    public static func named(_ name: String) -> Theme? {
        all.first { $0.name == name }
    }

    /// The built-in theme after `name` in listing order (wrapping), for the `t` key.
    public static func next(after name: String) -> Theme {
        let index = all.firstIndex { $0.name == name } ?? -1
        return all[(index + 1) % all.count]
    }

    /// A theme by built-in name or by file path, with every problem found.
    ///
    /// Never fails: an unknown name, an unreadable file or invalid YAML gives diagnostics and
    /// the default theme; a file with unknown keys gives diagnostics and the rest of the theme.
    public static func load(_ nameOrPath: String) -> (theme: Theme, diagnostics: [ThemeDiagnostic]) {
        if let theme = named(nameOrPath) { return (theme, []) }
        let looksLikePath =
            nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml")
        guard let data = FileManager.default.contents(atPath: nameOrPath) else {
            let message =
                looksLikePath
                ? "cannot read theme file"
                : "unknown theme\(Suggestion.hint(for: nameOrPath, in: builtinNames)) (built-in themes: "
                    + builtinNames.joined(separator: ", ") + ")"
            return (defaultTheme, [ThemeDiagnostic(file: nameOrPath, message: message)])
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            return (
                defaultTheme, [ThemeDiagnostic(file: nameOrPath, message: "theme file is not UTF-8 text")]
            )
        }
        let (theme, diagnostics) = ThemeParser.parse(yaml, file: nameOrPath)
        return (theme ?? defaultTheme, diagnostics)
    }
}
