/// A subscription filter policy on message attributes (reference section 7): every key of the
/// policy must match (AND), and a key matches when the attribute equals one of its values
/// (OR). Keys not in the policy are ignored; matching is case-sensitive; an empty policy
/// matches every message. (Prefix, anything-but, numeric and exists operators are not modelled.)
public struct SNSFilterPolicy: Sendable, Equatable {
    /// Allowed values per attribute name.
    public var allowed: [String: [String]]

    /// Creates a policy; `[:]` accepts everything.
    public init(_ allowed: [String: [String]] = [:]) { self.allowed = allowed }

    /// Whether a message with these attributes passes.
    public func matches(_ attributes: [String: String]) -> Bool {
        allowed.allSatisfy { key, values in attributes[key].map(values.contains) ?? false }
    }
}

/// A class of messages a publisher sends: its attributes and its share of publishes.
///
/// Publishes are split over classes as counts, so filtering and fan-out stay counts.
public struct SNSMessageClass: Sendable, Equatable {
    /// Name, for reports.
    public var name: String
    /// Message attributes of every message of the class.
    public var attributes: [String: String]
    /// Relative share of publishes (normalised over the topic's classes).
    public var share: Double

    /// Creates a class.
    public init(name: String, attributes: [String: String] = [:], share: Double = 1) {
        self.name = name
        self.attributes = attributes
        self.share = max(0, share)
    }
}
