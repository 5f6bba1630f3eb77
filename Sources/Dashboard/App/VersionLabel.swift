/// Version labels for the deploy menu: the next one after those a service or environment has
/// seen (`v2` -> `v3`, `api:4` -> `api:5`), so each deploy gets a label of its own.
enum VersionLabel {
    /// One more than the highest trailing number among `labels`, keeping the prefix of the
    /// label that carries it; `v2` when no label ends in a number.
    static func next(after labels: [String]) -> String {
        var best: (prefix: String, number: Int)?
        for label in labels {
            let digits = String(label.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
            guard !digits.isEmpty, digits.count <= 9, let n = Int(digits) else { continue }
            if best == nil || n > best!.number { best = (String(label.dropLast(digits.count)), n) }
        }
        guard let best else { return "v2" }
        return best.prefix + String(best.number + 1)
    }
}
