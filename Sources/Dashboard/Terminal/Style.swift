/// A colour as a theme names it; the backend reduces it to what the terminal can show.
public enum Color: Sendable, Equatable, Hashable {
    /// The terminal's own default foreground or background.
    case `default`
    /// One of the 16 ANSI colours (0-7 normal, 8-15 bright).
    case ansi(UInt8)
    /// One of the 256 xterm palette entries.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes a cell may carry.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    /// Raw bits (ours, not curses').
    public let rawValue: UInt8
    /// Creates attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Bold / bright.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Dim.
    public static let dim = TextAttributes(rawValue: 1 << 1)
    /// Italic.
    public static let italic = TextAttributes(rawValue: 1 << 2)
    /// Underline.
    public static let underline = TextAttributes(rawValue: 1 << 3)
    /// Reverse video.
    public static let reverse = TextAttributes(rawValue: 1 << 4)
}

/// Foreground, background and attributes of a cell.
public struct Style: Sendable, Equatable, Hashable {
    /// Foreground colour.
    public var foreground: Color
    /// Background colour.
    public var background: Color
    /// Attributes.
    public var attributes: TextAttributes

    /// Creates a style; everything defaults to the terminal's defaults.
    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default style.
    public static let plain = Style()
}

/// One terminal cell: a grapheme (usually one column wide) and its style.
///
/// A wide grapheme (two columns) occupies its cell and the next one, which holds
/// `Cell.continuation` so diffing and rendering skip it.
public struct Cell: Sendable, Equatable, Hashable {
    /// The text drawn in the cell (one grapheme), or empty for a wide character's right half.
    public var symbol: String
    /// Its style.
    public var style: Style

    /// Creates a cell.
    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    /// A blank cell in the default style.
    public static let blank = Cell()
    /// The right half of a wide character.
    public static let continuation = Cell("", style: .plain)
}
