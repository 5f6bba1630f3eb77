import CloudSim

extension CloudFrontSnapshot {
    /// The origin's name, or the group's primary then secondary.
    var originNames: [String] { [primaryOrigin] + (secondaryOrigin.map { [$0] } ?? []) }

    /// The origin answering now: the secondary once the group failed over.
    var currentOrigin: String {
        let names = originNames
        return originStatus == .failedOver && names.count > 1 ? names[1] : names.first ?? origin
    }
}
