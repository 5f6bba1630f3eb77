/// ALB condition matching: `*` matches zero or more characters, `?` exactly one.
enum WildcardPattern {
    /// Whether `text` matches `pattern` (host conditions compare case-insensitively).
    static func matches(_ pattern: String, _ text: String, caseInsensitive: Bool = false) -> Bool {
        let p = Array(caseInsensitive ? pattern.lowercased() : pattern)
        let s = Array(caseInsensitive ? text.lowercased() : text)
        var pi = 0
        var si = 0
        var star = -1
        var mark = 0
        while si < s.count {
            if pi < p.count && (p[pi] == "?" || p[pi] == s[si]) {
                pi += 1
                si += 1
            } else if pi < p.count && p[pi] == "*" {
                star = pi
                mark = si
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                si = mark
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}

extension RuleState {
    /// Whether a request with this path and host matches the rule (default rule: always).
    func matches(path: String, host: String) -> Bool {
        let pathOK = pathPatterns.isEmpty || pathPatterns.contains { WildcardPattern.matches($0, path) }
        let hostOK =
            hostPatterns.isEmpty
            || hostPatterns.contains { WildcardPattern.matches($0, host, caseInsensitive: true) }
        return pathOK && hostOK
    }

    /// The rule's conditions in words.
    var conditionText: String {
        var parts: [String] = []
        if !hostPatterns.isEmpty { parts.append("host " + hostPatterns.joined(separator: ",")) }
        if !pathPatterns.isEmpty { parts.append("path " + pathPatterns.joined(separator: ",")) }
        return parts.isEmpty ? "default" : parts.joined(separator: " & ")
    }
}
