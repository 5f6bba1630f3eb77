import Yams

extension ThemeParser {
    /// Parses `roles:`; unknown roles and style keys are reported and skipped.
    static func parseRoles(_ node: Node, palette: [String: Color], report: inout Report) -> [String:
        RoleStyle]
    {
        guard let mapping = node.mapping else {
            report.add("'roles' must be a mapping of role names to styles", at: node)
            return [:]
        }
        var roles: [String: RoleStyle] = [:]
        for (keyNode, value) in mapping {
            let role = keyNode.scalar?.string ?? ""
            guard ThemeRole.isStylable(role) else {
                report.add(
                    "unknown role '\(role)'\(Suggestion.hint(for: role, in: ThemeRole.stylableNames))",
                    at: keyNode)
                continue
            }
            if let style = parseStyle(value, role: role, palette: palette, report: &report) {
                roles[role] = style
            }
        }
        return roles
    }

    /// Parses `{fg: green, bg: default, bold: true}`.
    static func parseStyle(_ node: Node, role: String, palette: [String: Color], report: inout Report)
        -> RoleStyle?
    {
        guard let mapping = node.mapping else {
            report.add("the style of '\(role)' must be a mapping like {fg: green, bold: true}", at: node)
            return nil
        }
        var style = RoleStyle()
        let flags: [String: TextAttributes] = [
            "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse,
        ]
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            switch key {
            case "fg": style.foreground = parseReference(value, key: key, palette: palette, report: &report)
            case "bg": style.background = parseReference(value, key: key, palette: palette, report: &report)
            default:
                guard let flag = flags[key] else {
                    report.add(
                        "unknown style key '\(key)'\(ThemeParser.hint(for: key, in: styleKeys))", at: keyNode)
                    continue
                }
                switch value.scalar?.string.lowercased() {
                case "true": style.attributes.insert(flag)
                case "false": style.attributes.remove(flag)
                default:
                    report.add("'\(key)' must be true or false", at: value)
                }
            }
        }
        return style
    }

    /// A role colour: a palette name stays a reference (so heirs can recolour it), anything else is literal.
    static func parseReference(_ node: Node, key: String, palette: [String: Color], report: inout Report)
        -> ColorReference
    {
        if let name = node.scalar?.string, palette[name] != nil { return .palette(name) }
        return .color(parseColor(node, key: key, palette: palette, report: &report) ?? .default)
    }

    /// Diagnostics gathered while parsing one file.
    struct Report {
        let file: String
        var diagnostics: [ThemeDiagnostic] = []

        /// In file order.
        var sorted: [ThemeDiagnostic] {
            diagnostics.enumerated().sorted { a, b in
                let ka = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
                let kb = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
                return ka < kb
            }.map(\.element)
        }

        mutating func add(_ message: String, at node: Node?) {
            let mark = node?.mark
            diagnostics.append(
                ThemeDiagnostic(file: file, line: mark?.line, column: mark?.column, message: message))
        }

        mutating func syntax(_ error: YamlError) {
            let located: (problem: String, mark: Mark)?
            switch error {
            case .scanner(let context, let problem, let mark, _),
                .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                let place =
                    context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
                located = (problem + place, mark)
            case .duplicatedKeysInMapping(let duplicates, let context):
                located = ("duplicate key '\(duplicates.joined(separator: "', '"))'", context.mark)
            default:
                located = nil
            }
            let message = "invalid YAML: \(located?.problem ?? "\(error)")"
            diagnostics.append(
                ThemeDiagnostic(
                    file: file, line: located?.mark.line, column: located?.mark.column, message: message))
        }
    }
}
