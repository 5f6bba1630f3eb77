/// Numbers as text with a fixed number of decimals, the same on every platform and locale
/// (no `printf`), so headless output is byte-identical and screen columns do not jitter.
public enum DecimalText {
    /// `value` rounded to `digits` decimals; nil when it is not finite or too large for exact
    /// integer digits (callers choose how to show those).
    public static func exactly(_ value: Double, _ digits: Int) -> String? {
        guard value.isFinite else { return nil }
        var scale = 1.0
        for _ in 0..<max(0, digits) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9.0e18 else { return nil }
        let sign = value < 0 && scaled > 0 ? "-" : ""
        let text = String(Int64(scaled))
        guard digits > 0 else { return sign + text }
        let padded = String(repeating: "0", count: max(0, digits + 1 - text.count)) + text
        return sign + padded.dropLast(digits) + "." + padded.suffix(digits)
    }
}

/// Headless form: non-finite values print as 0 and huge ones in exponent form, both valid JSON.
func fixed(_ value: Double, _ digits: Int) -> String {
    DecimalText.exactly(value, digits) ?? (value.isFinite ? String(value.rounded()) : "0")
}
