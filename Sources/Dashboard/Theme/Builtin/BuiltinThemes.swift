/// The YAML source of every built-in theme, in the order `cloudtop themes` lists them.
///
/// Each source is a copy of the file of the same name in `Themes/` at the package root;
/// `ThemeFileTests` fails if the two ever differ.
public enum BuiltinThemes {
    /// Name and YAML of each built-in theme; `default` comes first and inherits nothing.
    public static let sources: [(name: String, yaml: String)] = [
        ("default", defaultTheme),
        ("light", light),
        ("high-contrast", highContrast),
        ("monochrome", monochrome),
        ("solarized", solarized),
    ]
}
