import Yams

/// One element of a YAML list with its path, e.g. `regions[0]`.
struct ListItem {
    /// Path used in messages.
    var path: String
    /// The element.
    var node: Node
}

extension ObjectReader {
    /// The elements of a list; reports a non-list, or an empty list when `nonEmpty`.
    ///
    /// Stops early once the log is saturated, so aliased lists of lists cannot blow up.
    func list(_ key: String, required: Bool = false, nonEmpty: Bool = false) -> [ListItem]? {
        guard let node = node(key, required: required) else { return nil }
        guard case .sequence(let sequence) = node else {
            var message = "'\(key)' must be a list, got \(Self.describe(node))"
            if case .scalar(let scalar) = node, !ScalarText.isNull(scalar) {
                message += "; write [\(ScalarText.quoted(scalar.string).dropFirst().dropLast())]"
            }
            log.report(message, at: node.mark)
            return nil
        }
        if nonEmpty, sequence.isEmpty {
            log.report("'\(key)' must list at least one entry", at: node.mark)
            return nil
        }
        var items: [ListItem] = []
        for (index, element) in sequence.enumerated() {
            if log.isSaturated { break }
            items.append(ListItem(path: "\(childPath(key))[\(index)]", node: element))
        }
        return items
    }

    /// A list of mappings, each allowing `keys`; elements that are not mappings are reported and skipped.
    func objects(_ key: String, required: Bool = false, nonEmpty: Bool = false, keys: [String])
        -> [ObjectReader]
    {
        (list(key, required: required, nonEmpty: nonEmpty) ?? []).compactMap {
            ObjectReader($0.node, path: $0.path, log: log, keys: keys)
        }
    }

    /// A nested mapping allowing `keys` (nil: any key, for mappings used as data).
    func object(_ key: String, required: Bool = false, keys: [String]?) -> ObjectReader? {
        guard let node = node(key, required: required) else { return nil }
        return ObjectReader(node, path: childPath(key), log: log, keys: keys)
    }

    /// A list of non-empty strings with their positions.
    func strings(_ key: String, required: Bool = false, nonEmpty: Bool = false) -> [Located]? {
        guard let items = list(key, required: required, nonEmpty: nonEmpty) else { return nil }
        var result: [Located] = []
        for item in items {
            guard case .scalar(let scalar) = item.node, !ScalarText.isNull(scalar) else {
                log.report(
                    "\(item.path) must be a string, got \(Self.describe(item.node))", at: item.node.mark)
                continue
            }
            guard !scalar.string.isEmpty else {
                log.report("\(item.path) must not be empty", at: scalar.mark)
                continue
            }
            result.append(Located(value: scalar.string, mark: scalar.mark))
        }
        return result
    }
}
