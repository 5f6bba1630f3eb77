/// Fitting strings into a number of terminal columns: truncation with "…" and padding.
public enum TextFit {
    /// The ellipsis used when text is cut.
    public static let ellipsis = "…"

    /// `text` cut to at most `width` columns; if cut, the last column shows "…".
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for grapheme in text {
            let w = DisplayWidth.of(grapheme)
            if used + w > width - 1 { break }
            result.append(grapheme)
            used += w
        }
        return result + ellipsis
    }

    /// `text` truncated to `width` columns, then padded with spaces to exactly `width`.
    public static func pad(_ text: String, width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, width: width)
        let spare = max(0, width - DisplayWidth.of(cut))
        switch alignment {
        case .left: return cut + String(repeating: " ", count: spare)
        case .right: return String(repeating: " ", count: spare) + cut
        case .center:
            let left = spare / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: spare - left)
        }
    }
}
