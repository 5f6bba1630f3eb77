import Yams

/// Reads a theme from YAML, reporting every problem with its line and column.
///
/// Problems inside a well-formed file (unknown keys, roles, colours) are reported and the
/// rest still loads. A file that is not valid YAML gives diagnostics and no theme.
public enum ThemeParser {
    /// Keys allowed at the top of a theme file.
    public static let topLevelKeys = ["name", "description", "inherits", "palette", "roles"]
    /// Keys allowed in a role's style.
    public static let styleKeys = ["fg", "bg", "bold", "dim", "italic", "underline", "reverse"]

    /// Parses `yaml` read from `file`; `parent` finds a theme named by `inherits`.
    public static func parse(
        _ yaml: String, file: String, parent: (String) -> Theme? = { ThemeLibrary.named($0) }
    ) -> (theme: Theme?, diagnostics: [ThemeDiagnostic]) {
        var report = Report(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            report.syntax(error)
            return (nil, report.diagnostics)
        } catch {
            report.add("invalid YAML: \(error)", at: nil)
            return (nil, report.diagnostics)
        }
        guard let root, let mapping = root.mapping else {
            report.add("a theme file must be a mapping with name, palette and roles", at: root)
            return (nil, report.diagnostics)
        }
        var theme = Theme(name: baseName(of: file))
        var parentPalette: [String: Color] = [:]
        if let node = mapping["inherits"] {
            let name = node.scalar?.string ?? ""
            if let found = parent(name) {
                theme.inherits = name
                parentPalette = found.fullPalette(lookup: parent)
            } else {
                report.add(
                    "unknown theme '\(name)' in inherits\(Suggestion.hint(for: name, in: ThemeLibrary.builtinNames))",
                    at: node)
            }
        }
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            switch key {
            case "name": theme.name = scalarText(value, key: key, report: &report) ?? theme.name
            case "description": theme.description = scalarText(value, key: key, report: &report) ?? ""
            case "inherits": break
            case "palette": theme.palette = parsePalette(value, report: &report)
            case "roles": break  // below, once the palette is known wherever it appears
            default:
                report.add("unknown key '\(key)'\(hint(for: key, in: topLevelKeys))", at: keyNode)
            }
        }
        if let node = mapping["roles"] {
            let palette = parentPalette.merging(theme.palette) { _, own in own }
            theme.roles = parseRoles(node, palette: palette, report: &report)
        }
        return (theme, report.sorted)
    }

    /// `; did you mean 'x'?`, or the full list of `choices` when nothing is close.
    static func hint(for word: String, in choices: [String]) -> String {
        let close = Suggestion.hint(for: word, in: choices)
        return close.isEmpty ? "; expected one of " + choices.joined(separator: ", ") : close
    }

    /// `themes/dark.yaml` -> `dark`.
    static func baseName(of file: String) -> String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        return last.hasSuffix(".yaml")
            ? String(last.dropLast(5)) : last.hasSuffix(".yml") ? String(last.dropLast(4)) : last
    }

    static func scalarText(_ node: Node, key: String, report: inout Report) -> String? {
        guard let text = node.scalar?.string else {
            report.add("'\(key)' must be a single value", at: node)
            return nil
        }
        return text
    }

    static func parsePalette(_ node: Node, report: inout Report) -> [String: Color] {
        guard let mapping = node.mapping else {
            report.add("'palette' must be a mapping of names to colours", at: node)
            return [:]
        }
        var palette: [String: Color] = [:]
        for (keyNode, value) in mapping {
            let name = keyNode.scalar?.string ?? ""
            if let color = parseColor(value, key: name, palette: [:], report: &report) {
                palette[name] = color
            }
        }
        return palette
    }

    static func parseColor(_ node: Node, key: String, palette: [String: Color], report: inout Report)
        -> Color?
    {
        let isNull =
            node.scalar.map { $0.style == .plain && ["~", "null"].contains($0.string.lowercased()) } ?? false
        guard let text = node.scalar?.string, !text.isEmpty, !isNull else {
            report.add("missing colour for '\(key)' (quote hex colours: \"#1e1e2e\")", at: node)
            return nil
        }
        switch ColorName.parse(text, palette: palette) {
        case .success(let color): return color
        case .failure(let problem):
            report.add(problem.message, at: node)
            return nil
        }
    }
}
