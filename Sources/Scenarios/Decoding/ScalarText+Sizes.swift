/// Reading byte sizes (`50KB`, `2GB`) out of YAML scalar text.
extension ScalarText {
    /// Bytes per unit: decimal (`KB` = 1000) as AWS prices them, and binary (`KiB` = 1024).
    static let byteUnits: [(unit: String, factor: Double)] = [
        ("KIB", 1024), ("MIB", 1_048_576), ("GIB", 1_073_741_824), ("TIB", 1_099_511_627_776),
        ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12), ("B", 1),
    ]
    /// The largest size accepted, in bytes (1 EB): far beyond any cache, exact in a Double.
    static let maximumBytes = 1e18

    /// Bytes from a number with a unit, `50KB`, `2GB`, `1.5GiB`, `512B` (unit in any letter
    /// case, no space); nil for anything else, a bare number included.
    static func byteSize(_ text: String) -> Double? {
        let upper = text.uppercased()
        guard let (unit, factor) = byteUnits.first(where: { upper.hasSuffix($0.unit) }),
            let amount = number(String(text.dropLast(unit.count)))
        else { return nil }
        let value = amount * factor
        return value.isFinite ? value : nil
    }
}
