/// What the records of one hosted zone may refer to while they are decoded.
struct HostedZoneScope {
    /// The zone name in canonical form (`DNSName.normalized`), if it could be read.
    var zoneName: String?
    /// The zone's record names, in canonical form.
    var recordNames = NameTable()
    /// Health check ids declared in the zone.
    var checkIDs = NameTable()
    /// Ids of the health checks that decoded cleanly; records keep only these, so a broken
    /// check is reported once, not again by every record that uses it.
    var decodedChecks: Set<String> = []
}
