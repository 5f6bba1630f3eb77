/// A colour in a role's style: a literal colour or the name of a palette entry.
///
/// Palette names are looked up when the theme is resolved, in the palette of the most
/// derived theme, so a theme that inherits another can recolour it by palette alone.
public enum ColorReference: Sendable, Equatable, Hashable {
    /// A literal colour.
    case color(Color)
    /// A palette entry by name.
    case palette(String)

    /// The colour, looking palette names up in `palette` (`.default` if missing).
    public func resolve(in palette: [String: Color]) -> Color {
        switch self {
        case .color(let color): return color
        case .palette(let name): return palette[name] ?? .default
        }
    }
}

/// A role's style as written in a theme: colours may name palette entries.
public struct RoleStyle: Sendable, Equatable, Hashable {
    /// Foreground.
    public var foreground: ColorReference
    /// Background.
    public var background: ColorReference
    /// Attributes.
    public var attributes: TextAttributes

    /// Creates a role style.
    public init(
        foreground: ColorReference = .color(.default), background: ColorReference = .color(.default),
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// A role style with literal colours.
    public init(_ style: Style) {
        self.init(
            foreground: .color(style.foreground), background: .color(style.background),
            attributes: style.attributes)
    }

    /// The concrete style, palette names looked up in `palette`.
    public func resolve(in palette: [String: Color]) -> Style {
        Style(
            foreground: foreground.resolve(in: palette), background: background.resolve(in: palette),
            attributes: attributes)
    }
}
