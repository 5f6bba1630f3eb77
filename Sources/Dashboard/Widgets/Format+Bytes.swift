extension Format {
    /// Bytes in decimal units, at most 6 characters: `0 B`, `999 B`, `2.3 kB`, `23 MB`, `1.2 GB`.
    public static func bytes(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let compact = rate(value)
        guard let unit = compact.last, unit.isLetter else { return compact + " B" }
        return compact.dropLast() + " " + String(unit) + "B"
    }
}
