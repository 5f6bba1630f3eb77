import Yams

/// Reading numbers, durations and Booleans out of YAML scalar text.
///
/// Pure functions of the text, so they are easy to test and cannot fail on odd input:
/// non-finite values (`.nan`, `.inf`, `1e999`) are rejected, never passed on.
enum ScalarText {
    /// The longest duration accepted, in seconds (about 31 years); keeps tick arithmetic in range.
    static let maximumSeconds = 1_000_000_000.0

    /// Result of reading a whole number.
    enum WholeNumber: Equatable {
        /// A whole number that fits in `Int`.
        case value(Int)
        /// A number, but with a fraction.
        case fractional
        /// A whole number too large for `Int`.
        case tooLarge
        /// Not a number at all.
        case notANumber
    }

    /// Whether a scalar is YAML's null: empty, `~` or `null`, unquoted.
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        guard scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A finite number written as decimal text (`12`, `-0.5`, `1e3`).
    static func number(_ text: String) -> Double? {
        guard let first = text.unicodeScalars.first,
            first == "-" || first == "+" || first == "."
                || ("0"..."9").contains(first)
        else { return nil }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// A whole number, accepting `1e3` and `4.0` as written by hand.
    static func wholeNumber(_ text: String) -> WholeNumber {
        if let value = Int(text) { return .value(value) }
        guard let value = number(text) else {
            return text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") } && !text.isEmpty
                ? .tooLarge : .notANumber
        }
        guard value.rounded() == value else { return .fractional }
        guard let whole = Int(exactly: value) else { return .tooLarge }
        return .value(whole)
    }

    /// Seconds from `90`, `90s`, `5m`, `1.5h`, `1d` or `250ms`; nil for anything else.
    static func seconds(_ text: String) -> Double? {
        if let plain = number(text) { return plain }
        if text.hasSuffix("ms"), let millis = number(String(text.dropLast(2))) { return millis / 1000 }
        guard let unit = text.last else { return nil }
        let factors: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        guard let factor = factors[unit], let amount = number(String(text.dropLast())) else { return nil }
        let value = amount * factor
        return value.isFinite ? value : nil
    }

    /// `true` or `false` in any letter case.
    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// Seconds as a person writes them, in the largest whole unit: `12h`, `14d`, `29s`, `50ms`.
    static func durationText(_ seconds: Double) -> String {
        for (unit, size) in [("d", 86_400.0), ("h", 3600), ("m", 60), ("s", 1)]
        where seconds >= size && (seconds / size).rounded() == seconds / size {
            return format(seconds / size) + unit
        }
        return seconds == 0 ? "0s" : format(seconds * 1000) + "ms"
    }

    /// A number as a person writes it: `999`, `0.5`.
    static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// Scalar text fit for a message: control characters replaced, long text shortened.
    static func quoted(_ text: String) -> String {
        let scalars = text.unicodeScalars.prefix(41).map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }
        let printable = String(String.UnicodeScalarView(scalars))
        return printable.count > 40 ? "'\(printable.prefix(40))...'" : "'\(printable)'"
    }
}
