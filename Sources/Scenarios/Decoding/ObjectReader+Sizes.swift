import CloudSim

extension ObjectReader {
    /// A size in bytes, written as a plain number of bytes or with a unit (`50KB`, `2MB`, `1GB`).
    func bytes(_ key: String, required: Bool = false) -> Double? {
        let expected = "a size in bytes such as 50000, 50KB, 2MB or 1GB"
        guard let (text, mark) = scalar(key, required: required, expected: expected) else { return nil }
        guard let value = ScalarText.byteSize(text) ?? ScalarText.number(text) else {
            log.report("'\(key)' must be \(expected), got \(ScalarText.quoted(text))", at: mark)
            return nil
        }
        if let problem = NumberBound.range(1, ScalarText.maximumBytes).violation(
            key: key, value: value, text: text)
        {
            log.report(problem, at: mark)
            return nil
        }
        return value
    }

    /// A cache capacity: a whole number of objects, a size with a unit (`2GB`), or `unlimited`.
    func capacity(_ key: String) -> EdgeCacheCapacity? {
        let expected = "a number of objects, a size such as 2GB, or unlimited"
        guard let (text, mark) = scalar(key, required: false, expected: expected) else { return nil }
        if text.lowercased() == "unlimited" { return .unlimited }
        if let size = ScalarText.byteSize(text) {
            if let problem = NumberBound.range(1, ScalarText.maximumBytes).violation(
                key: key, value: size, text: text)
            {
                log.report(problem, at: mark)
                return nil
            }
            return .bytes(size)
        }
        guard case .value(let count) = ScalarText.wholeNumber(text) else {
            log.report("'\(key)' must be \(expected), got \(ScalarText.quoted(text))", at: mark)
            return nil
        }
        guard count >= 1 else {
            log.report("'\(key)' must hold at least 1 object, got \(text)", at: mark)
            return nil
        }
        return .objects(count)
    }
}
