/// Parsing colour values written in theme files: `#1e1e2e`, `0`-`255`, ANSI names, `default`.
public enum ColorName {
    /// The ANSI colour names, 0-15, in order.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "brightblack", "brightred", "brightgreen", "brightyellow",
        "brightblue", "brightmagenta", "brightcyan", "brightwhite",
    ]

    /// Every built-in name: `default`, the ANSI names, and `gray`/`grey` (bright black).
    public static let builtinNames = ["default"] + ansiNames + ["gray", "grey"]

    /// The colour `text` names, looking in `palette` first; on failure, a message for a diagnostic.
    public static func parse(_ text: String, palette: [String: Color] = [:]) -> Result<Color, ThemeDiagnostic>
    {
        let word = text.trimmingSpaces
        if let color = palette[word] { return .success(color) }
        let lower = word.lowercased()
        if lower == "default" { return .success(.default) }
        if lower == "gray" || lower == "grey" { return .success(.ansi(8)) }
        if let index = ansiNames.firstIndex(of: lower) { return .success(.ansi(UInt8(index))) }
        if word.hasPrefix("#") { return parseHex(word) }
        if let number = Int(word) {
            guard (0...255).contains(number) else {
                return failure("colour index \(number) is out of range 0-255")
            }
            return .success(number < 16 ? .ansi(UInt8(number)) : .indexed(UInt8(number)))
        }
        let hint = Suggestion.hint(for: word, in: Array(palette.keys).sorted() + builtinNames)
        return failure("unknown colour '\(word)'\(hint)")
    }

    /// `#rrggbb` (or `#rgb`).
    private static func parseHex(_ word: String) -> Result<Color, ThemeDiagnostic> {
        var digits = Array(word.dropFirst())
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        guard digits.count == 6, let value = UInt32(String(digits), radix: 16) else {
            return failure("invalid hex colour '\(word)'; expected #rrggbb")
        }
        return .success(.rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)))
    }

    private static func failure(_ message: String) -> Result<Color, ThemeDiagnostic> {
        .failure(ThemeDiagnostic(file: "", message: message))
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return String(s)
    }
}
