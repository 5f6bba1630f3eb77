import Yams

/// The range a number must fall in, and how a violation is worded.
enum NumberBound {
    /// Any finite number.
    case any
    /// Zero or more.
    case nonNegative
    /// More than zero.
    case positive
    /// Between the two values, inclusive.
    case range(Double, Double)
    /// Zero up to the value, inclusive.
    case upTo(Double)
    /// More than zero, up to the value inclusive.
    case aboveZeroUpTo(Double)

    /// The complaint about `value` (written as `text`) for `key`, or nil if it is in range.
    func violation(key: String, value: Double, text: String) -> String? {
        switch self {
        case .any:
            return nil
        case .nonNegative:
            return value >= 0 ? nil : "'\(key)' must not be negative, got \(text)"
        case .positive:
            return value > 0 ? nil : "'\(key)' must be greater than 0, got \(text)"
        case .range(let low, let high):
            guard value < low || value > high else { return nil }
            let (lowText, highText) = (ScalarText.format(low), ScalarText.format(high))
            return "'\(key)' must be between \(lowText) and \(highText), got \(text)"
        case .upTo(let high):
            if value < 0 { return "'\(key)' must not be negative, got \(text)" }
            return value > high ? "'\(key)' must be at most \(ScalarText.format(high)), got \(text)" : nil
        case .aboveZeroUpTo(let high):
            guard value <= 0 || value > high else { return nil }
            return "'\(key)' must be greater than 0 and at most \(ScalarText.format(high)), got \(text)"
        }
    }
}

extension ObjectReader {
    /// The non-null scalar text of `key`, or a report that it should be `expected`.
    func scalar(_ key: String, required: Bool, expected: String) -> (text: String, mark: Mark?)? {
        guard let node = node(key, required: required) else { return nil }
        guard case .scalar(let scalar) = node, !ScalarText.isNull(scalar) else {
            log.report("'\(key)' must be \(expected), got \(Self.describe(node))", at: node.mark)
            return nil
        }
        return (scalar.string, scalar.mark)
    }

    /// A non-empty string.
    func string(_ key: String, required: Bool = false) -> String? {
        located(key, required: required)?.value
    }

    /// A non-empty string and where it was written.
    func located(_ key: String, required: Bool = false) -> Located? {
        guard let (text, mark) = scalar(key, required: required, expected: "a string") else { return nil }
        guard !text.isEmpty else {
            log.report("'\(key)' must not be empty", at: mark)
            return nil
        }
        return Located(value: text, mark: mark)
    }

    /// A whole number within `bound`.
    func whole(_ key: String, required: Bool = false, bound: NumberBound = .nonNegative) -> Int? {
        guard let (text, mark) = scalar(key, required: required, expected: "a whole number") else {
            return nil
        }
        switch ScalarText.wholeNumber(text) {
        case .value(let value):
            if let problem = bound.violation(key: key, value: Double(value), text: text) {
                log.report(problem, at: mark)
                return nil
            }
            return value
        case .tooLarge:
            log.report("'\(key)' is too large, got \(ScalarText.quoted(text))", at: mark)
        case .fractional, .notANumber:
            log.report("'\(key)' must be a whole number, got \(ScalarText.quoted(text))", at: mark)
        }
        return nil
    }

    /// A finite number within `bound`.
    func number(_ key: String, required: Bool = false, bound: NumberBound = .nonNegative) -> Double? {
        guard let (text, mark) = scalar(key, required: required, expected: "a number") else { return nil }
        guard let value = ScalarText.number(text) else {
            log.report("'\(key)' must be a number, got \(ScalarText.quoted(text))", at: mark)
            return nil
        }
        if let problem = bound.violation(key: key, value: value, text: text) {
            log.report(problem, at: mark)
            return nil
        }
        return value
    }

    /// Seconds, written as a number or as `90s`, `5m`, `1.5h`, `1d`.
    func duration(_ key: String, required: Bool = false, bound: NumberBound = .nonNegative) -> Double? {
        let expected = "a duration such as 90, 90s, 5m, 1.5h or 1d"
        guard let (text, mark) = scalar(key, required: required, expected: expected) else { return nil }
        guard let value = ScalarText.seconds(text) else {
            log.report("'\(key)' must be \(expected), got \(ScalarText.quoted(text))", at: mark)
            return nil
        }
        if let problem = bound.violation(key: key, value: value, text: text) {
            log.report(problem, at: mark)
            return nil
        }
        guard value <= ScalarText.maximumSeconds else {
            log.report("'\(key)' is too long; the longest duration accepted is 1000000000 seconds", at: mark)
            return nil
        }
        return value
    }

    /// `true` or `false`.
    func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let (text, mark) = scalar(key, required: required, expected: "true or false") else {
            return nil
        }
        guard let value = ScalarText.bool(text) else {
            log.report("'\(key)' must be true or false, got \(ScalarText.quoted(text))", at: mark)
            return nil
        }
        return value
    }

    /// One of a fixed set of words (matched ignoring case), named `noun` (`plural`, default
    /// `noun` + s) in messages.
    func choice<Value>(
        _ key: String, required: Bool = false, noun: String, plural: String? = nil,
        options: [(name: String, value: Value)]
    ) -> Value? {
        guard let (text, mark) = scalar(key, required: required, expected: "a \(noun)") else { return nil }
        if let match = options.first(where: { $0.name.lowercased() == text.lowercased() }) {
            return match.value
        }
        let hint = Suggestion.hint(
            for: text, among: options.map(\.name), noun: noun, plural: plural ?? "\(noun)s", limit: 20)
        log.report("unknown \(noun) \(ScalarText.quoted(text))\(hint)", at: mark)
        return nil
    }

    /// One case of a string-backed enumeration, by raw value.
    func choice<Value: CaseIterable & RawRepresentable>(
        _ key: String, required: Bool = false, noun: String, plural: String? = nil,
        of type: Value.Type = Value.self
    ) -> Value? where Value.RawValue == String {
        choice(
            key, required: required, noun: noun, plural: plural,
            options: Value.allCases.map { ($0.rawValue, $0) })
    }
}
