/// Deciding how many colours to use from what the terminal reports and what the user asked.
extension ColorSupport {
    /// The colour support to use.
    ///
    /// - Parameters:
    ///   - colorCount: what the terminal database reports (curses' `COLORS`; 0 or less for none).
    ///   - environment: the process environment; `NO_COLOR` (any non-empty value) turns colour
    ///     off, `COLORTERM=truecolor` or `24bit` asks for 24-bit colour.
    ///   - noColorFlag: the `--no-color` option.
    ///   - canRedefineColors: whether the terminal lets palette entries be redefined, which is
    ///     how 24-bit colour is shown when `COLORTERM` promises it but `COLORS` is only 256.
    public static func detect(
        colorCount: Int, environment: [String: String], noColorFlag: Bool = false,
        canRedefineColors: Bool = false
    ) -> ColorSupport {
        if noColorFlag { return .monochrome }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        if colorCount >= 1 << 24 { return .truecolor }
        let colorterm = environment["COLORTERM"]?.lowercased()
        if (colorterm == "truecolor" || colorterm == "24bit") && colorCount >= 256 && canRedefineColors {
            return .truecolor
        }
        if colorCount >= 256 { return .indexed256 }
        if colorCount >= 16 { return .ansi16 }
        if colorCount >= 8 { return .ansi8 }
        return .monochrome
    }
}
