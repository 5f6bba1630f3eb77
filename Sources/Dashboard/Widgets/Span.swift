/// A run of text in one style; a line of `Text` is a list of spans.
public struct Span: Sendable, Equatable, Hashable, ExpressibleByStringLiteral {
    /// The text.
    public var text: String
    /// Its style.
    public var style: Style

    /// Creates a span.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// A plain span from a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Columns the span occupies.
    public var width: Int { DisplayWidth.of(text) }
}

extension Buffer {
    /// Writes spans from (`x`, `y`) within `maxWidth` columns; returns the columns used.
    @discardableResult
    public mutating func write(_ spans: [Span], x: Int, y: Int, maxWidth: Int) -> Int {
        var used = 0
        for span in spans where used < maxWidth {
            used += write(span.text, x: x + used, y: y, style: span.style, maxWidth: maxWidth - used)
        }
        return used
    }
}
