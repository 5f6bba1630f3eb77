import CloudSim

extension CloudFrontSnapshot {
    /// The origin's name, or the group's primary then secondary (the snapshot writes a group
    /// as `primary -> secondary`).
    var originNames: [String] { origin.split(separator: " -> ").map(String.init) }

    /// The origin answering now: the secondary once the group failed over.
    var currentOrigin: String {
        let names = originNames
        return originStatus == .failedOver && names.count > 1 ? names[1] : names.first ?? origin
    }
}
