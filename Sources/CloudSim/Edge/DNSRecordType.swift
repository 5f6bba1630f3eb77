/// The DNS record types the simulation answers with.
///
/// Alias records are not a type of their own in Route 53: an alias is an `A` or `AAAA`
/// record whose target is an AWS resource or another record (see `Route53RecordTarget`).
public enum DNSRecordType: String, Sendable, Equatable, Hashable, CaseIterable {
    /// An IPv4 address record.
    case a = "A"
    /// An IPv6 address record.
    case aaaa = "AAAA"
    /// A canonical name: one value, the name of another host (never at the zone apex).
    case cname = "CNAME"
}

/// Helpers for DNS names.
public enum DNSName {
    /// The name in canonical form: lower case, without a trailing dot.
    ///
    /// DNS names compare case-insensitively and `www.example.com.` equals `www.example.com`.
    public static func normalized(_ name: String) -> String {
        let lower = name.lowercased()
        return lower.hasSuffix(".") ? String(lower.dropLast()) : lower
    }
}
