import CloudSim

/// Number formatting with units and bounded widths, so columns never jitter.
///
/// Every function is pure and locale-independent; NaN and infinities print as "-".
public enum Format {
    /// A rate in compact form, at most 4 characters: `0`, `999`, `2.3k`, `23k`, `234k`, `1.2M`.
    public static func rate(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let sign = value < 0 ? "-" : ""
        var v = abs(value)
        if v.rounded() < 1000 { return sign + fixed(v, decimals: 0) }
        for suffix in ["k", "M", "G", "T"] {
            v /= 1000
            if (v * 10).rounded() < 100 { return sign + fixed(v, decimals: 1) + suffix }
            if v.rounded() < 1000 || suffix == "T" { return sign + fixed(v, decimals: 0) + suffix }
        }
        return sign + fixed(v, decimals: 0) + "T"
    }

    /// A plain number: integers as they are, fractions with one decimal, large values as `rate`.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        if abs(value) >= 10_000 { return rate(value) }
        if value == value.rounded() { return fixed(value, decimals: 0) }
        return fixed(value, decimals: 1)
    }

    /// Milliseconds, at most 6 characters: `0.4 ms`, `38 ms`, `999 ms`, `1.23 s`, `12.3 s`, `123 s`.
    public static func millis(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let v = max(0, value)
        if (v * 10).rounded() < 100 { return fixed(v, decimals: 1) + " ms" }
        if v.rounded() < 1000 { return fixed(v, decimals: 0) + " ms" }
        let seconds = v / 1000
        if (seconds * 100).rounded() < 1000 { return fixed(seconds, decimals: 2) + " s" }
        if (seconds * 10).rounded() < 1000 { return fixed(seconds, decimals: 1) + " s" }
        return fixed(seconds, decimals: 0) + " s"
    }

    /// A fraction (0.61) as a percentage: `0.4%` below 10%, else whole: `61%`, `100%`.
    public static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "-" }
        let p = fraction * 100
        if abs((p * 10).rounded()) < 100 { return fixed(p, decimals: 1) + "%" }
        return fixed(p, decimals: 0) + "%"
    }

    /// Dollars: `$1.84`, `$99.99`, `$1234`, then compact: `$12k`.
    public static func dollars(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let sign = value < 0 ? "-" : ""
        let v = abs(value)
        if (v * 100).rounded() < 10_000 { return sign + "$" + fixed(v, decimals: 2) }
        if v.rounded() < 10_000 { return sign + "$" + fixed(v, decimals: 0) }
        return sign + "$" + rate(v)
    }

    /// Seconds as `m:ss`, or `h:mm:ss` from an hour: `7:42`, `1:02:03`.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "-" }
        let total = max(0, Int(seconds.rounded(.down)))
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }

    /// Seconds as a clock `hh:mm:ss`: `00:07:42`.
    public static func clock(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "-" }
        let total = max(0, Int(seconds.rounded(.down)))
        return "\(two(total / 3600)):\(two(total / 60 % 60)):\(two(total % 60))"
    }

    /// `value` rounded half away from zero to `decimals` places, without Foundation or locale.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        if let text = DecimalText.exactly(value, decimals) { return text }
        return value.isFinite ? (value < 0 ? "-∞" : "∞") : "-"
    }

    /// Two digits with a leading zero.
    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
