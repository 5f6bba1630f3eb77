/// A colour theme: a palette of named colours and styles for semantic roles.
///
/// Look-ups go: exact role, then the longest styled prefix (`meter.value.warn` ->
/// `meter.value` -> `meter`), then the theme named by `inherits` (the same way), then the
/// built-in default theme. Palette names in the style found are looked up in this theme's
/// palette merged over its ancestors'. Resolve once with `ThemeStyles(theme:)`; never per frame.
public struct Theme: Sendable, Equatable {
    /// The theme's name (`default`, `light`, ...).
    public var name: String
    /// One line for `cloudtop themes`.
    public var description: String
    /// Name of a built-in theme this one extends, if any.
    public var inherits: String?
    /// Named colours, usable in roles.
    public var palette: [String: Color]
    /// Styles by role name (a role or a role prefix).
    public var roles: [String: RoleStyle]

    /// Creates a theme.
    public init(
        name: String, description: String = "", inherits: String? = nil,
        palette: [String: Color] = [:], roles: [String: RoleStyle] = [:]
    ) {
        self.name = name
        self.description = description
        self.inherits = inherits
        self.palette = palette
        self.roles = roles
    }

    /// The longest styled prefix of `role` among this theme's own roles (the role itself first).
    public func ownRole(for role: String) -> RoleStyle? {
        var key = Substring(role)
        while true {
            if let style = roles[String(key)] { return style }
            guard let dot = key.lastIndex(of: ".") else { return nil }
            key = key[..<dot]
        }
    }

    /// This theme and its ancestors, nearest first (at most 8, so a cycle ends).
    public func chain(lookup: (String) -> Theme? = { ThemeLibrary.named($0) }) -> [Theme] {
        var chain: [Theme] = [self]
        while chain.count < 8, let parent = chain.last?.inherits.flatMap({ lookup($0) }) {
            chain.append(parent)
        }
        return chain
    }

    /// Palette colours including inherited ones (nearer themes win).
    public func fullPalette(lookup: (String) -> Theme? = { ThemeLibrary.named($0) }) -> [String: Color] {
        var merged: [String: Color] = [:]
        for theme in chain(lookup: lookup).reversed() { merged.merge(theme.palette) { _, nearer in nearer } }
        return merged
    }

    /// The style for `role` (see the type's documentation for the order of look-ups).
    public func style(for role: String) -> Style {
        let palette = fullPalette()
        for theme in chain() {
            if let found = theme.ownRole(for: role) { return found.resolve(in: palette) }
        }
        let fallback = ThemeLibrary.defaultTheme
        return fallback.ownRole(for: role)?.resolve(in: palette.merging(fallback.palette) { own, _ in own })
            ?? .plain
    }

    /// The style for a known role.
    public func style(for role: ThemeRole) -> Style { style(for: role.rawValue) }
}
