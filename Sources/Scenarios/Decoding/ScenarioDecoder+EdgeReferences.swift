import CloudSim

/// Checks of names that point at regions, edge resources and DNS records.
extension ScenarioDecoder {
    /// Reports a region that is neither declared under `regions` nor in the region catalogue
    /// (or, with `catalogueOnly`, not in the catalogue, which Route 53 routing needs for its map).
    @discardableResult
    func checkRegion(_ region: Located, in place: String, catalogueOnly: Bool = false) -> Bool {
        let catalogue = DNSRegionCatalog.regions.map(\.name)
        if catalogue.contains(region.value) { return true }
        if !catalogueOnly, regions.contains(region.value) { return true }
        let known = catalogueOnly ? catalogue : regions.names + catalogue.filter { !regions.contains($0) }
        let hint = Suggestion.hint(
            for: region.value, among: known, noun: "region", plural: "regions", limit: known.count)
        log.report("unknown region \(ScalarText.quoted(region.value)) in \(place)\(hint)", at: region.mark)
        return false
    }

    /// Reports a traffic target that is no load balancer, distribution, bucket, record name,
    /// API stage, queue (SendMessage) or topic (Publish).
    ///
    /// The message names only the kinds the scenario declares, so a scenario of load
    /// balancers alone reads "unknown load balancer". A function is invoked through a stage.
    func checkTrafficTarget(_ target: Located, in place: String) {
        if recordNames.contains(DNSName.normalized(target.value)) { return }
        if functions.contains(target.value) {
            log.report(
                "traffic cannot invoke function '\(target.value)' directly in \(place); target an API stage "
                    + "whose integration is {lambda: \(target.value)}", at: target.mark)
            return
        }
        let kinds: [(noun: String, plural: String, table: NameTable)] = [
            ("load balancer", "load balancers", loadBalancers),
            ("distribution", "distributions", distributions),
            ("bucket", "buckets", buckets), ("record name", "record names", recordNames),
            ("API stage", "API stages", apiStages), ("queue", "queues", queues), ("topic", "topics", topics),
        ]
        let declared = kinds.filter { !$0.table.names.isEmpty }
        let named = declared.isEmpty ? kinds : declared
        let noun = Self.either(named.map(\.noun))
        let plural = named.count == 1 ? named[0].plural : "targets"
        let table = declared.map(\.table).reduce(NameTable(), +)
        table.check(target, noun: noun, plural: plural, in: place, log: log)
    }

    /// `a`, `a or b`, `a, b or c`.
    static func either(_ words: [String]) -> String {
        guard let last = words.last, words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + last
    }
}
