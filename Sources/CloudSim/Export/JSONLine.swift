/// Builds one JSON object as text with keys in insertion order and numbers written with a
/// fixed number of decimals, so output is byte-identical on every run and machine.
public struct JSONLine: Sendable {
    private var text = "{"
    private var isFirst = true

    /// Creates an empty object.
    public init() {}

    private mutating func key(_ name: String) {
        if !isFirst { text += "," }
        isFirst = false
        text += Self.quoted(name) + ":"
    }

    /// Adds a number with `digits` decimals (integers when 0).
    public mutating func number(_ name: String, _ value: Double, digits: Int) {
        key(name)
        text += fixed(value, digits)
    }

    /// Adds an integer.
    public mutating func integer(_ name: String, _ value: Int) {
        key(name)
        text += String(value)
    }

    /// Adds a string.
    public mutating func string(_ name: String, _ value: String) {
        key(name)
        text += Self.quoted(value)
    }

    /// Adds a nested object.
    public mutating func object(_ name: String, _ value: JSONLine) {
        key(name)
        text += value.rendered
    }

    /// The finished object.
    public var rendered: String { text + "}" }

    /// A JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension JSONLine {
    /// Renders an object whose content is `build`.
    static func make(_ build: (inout JSONLine) -> Void) -> JSONLine {
        var line = JSONLine()
        build(&line)
        return line
    }
}
