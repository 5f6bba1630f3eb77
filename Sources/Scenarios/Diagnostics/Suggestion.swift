/// "Did you mean ...?" help: the closest known word to a misspelt one.
enum Suggestion {
    /// The candidate nearest to `input` by edit distance, if it is close enough to be a typo.
    ///
    /// A case-only difference always matches. Otherwise the distance may be 1 for words up
    /// to 4 characters, 2 up to 12 and 3 beyond, so short words are not "corrected" into
    /// unrelated ones.
    static func closest(to input: String, among candidates: [String]) -> String? {
        let lowered = input.lowercased()
        if let sameLetters = candidates.first(where: { $0.lowercased() == lowered }) { return sameLetters }
        let limit = input.count <= 4 ? 1 : (input.count <= 12 ? 2 : 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased(), limit: limit)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `; did you mean 'x'?` or, with no close candidate, a short list of the valid words.
    ///
    /// `noun` and `plural` name the candidates: "; no load balancer is declared",
    /// "; valid keys are a, b".
    static func hint(
        for input: String, among candidates: [String], noun: String, plural: String, limit: Int = 10
    ) -> String {
        if let match = closest(to: input, among: candidates) { return "; did you mean '\(match)'?" }
        if candidates.isEmpty { return "; no \(noun) is declared" }
        return "; valid \(plural) are \(list(candidates, limit: limit))"
    }

    /// `a, b, c` capped at `limit` names.
    static func list(_ names: [String], limit: Int = 10) -> String {
        let shown = names.prefix(limit).joined(separator: ", ")
        return names.count > limit ? shown + ", ..." : shown
    }

    /// Levenshtein distance, giving up early (returning `limit + 1`) once it must exceed `limit`.
    ///
    /// The early exit keeps hostile input (megabyte-long keys) cheap.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
