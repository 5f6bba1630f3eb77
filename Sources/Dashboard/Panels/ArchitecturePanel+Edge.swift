import CloudSim

/// The edge on the map: clients -> Route 53 zone -> CloudFront distribution -> origin.
extension ArchitecturePanel {
    /// A hosted zone: queries per second; a warning while an answer is failed over or stale
    /// answers still live in resolvers, critical when some name gets no answer.
    static func dnsNode(_ zone: Route53Snapshot) -> Node {
        let noAnswer = zone.populations.contains { !$0.hasAnswer }
        let degraded =
            zone.records.contains { !$0.isHealthy } || zone.populations.contains { $0.staleTTLRemaining > 0 }
        return Node(
            key: "dns:\(zone.zone)", title: "◇ \(zone.zone)",
            detail: "Route 53 \(Format.rate(zone.queriesPerSecond)) q/s",
            level: noAnswer ? .critical : degraded ? .warning : .healthy)
    }

    /// A distribution: hit ratio, and the origin's state when it is not healthy.
    static func cdnNode(_ d: CloudFrontSnapshot) -> Node {
        let origin = StateText.origin(d.originStatus)
        let level: StateLevel = origin.level != .healthy ? origin.level : d.errorRate > 0.01 ? .warning : .healthy
        return Node(
            key: "cdn:\(d.name)", title: "◈ \(d.name) CloudFront",
            detail: "hit \(Format.percent(d.hitRatio))" + (d.originStatus == .healthy ? "" : " origin \(origin.word)"),
            level: level)
    }

    /// A bucket: its rate, or why it does not answer.
    static func bucketNode(_ b: BucketSnapshot) -> Node {
        let detail = !b.isReachable ? "unreachable" : b.isFailing ? "5xx" : "\(Format.rate(b.requestsPerSecond)) rps"
        return Node(
            key: "bucket:\(b.name)", title: "▤ \(b.name) S3", detail: detail,
            level: b.isReachable && !b.isFailing ? .healthy : .critical)
    }

    /// The map key of a zone (for a name in it), distribution, bucket or load balancer; nil if
    /// the scenario has nothing of that name.
    static func edgeKey(_ s: Snapshot, _ name: String) -> String? {
        if let zone = s.route53.first(where: { name == $0.zone || name.hasSuffix("." + $0.zone) }) {
            return "dns:\(zone.zone)"
        }
        if s.cloudFront.contains(where: { $0.name == name }) { return "cdn:\(name)" }
        if s.buckets.contains(where: { $0.name == name }) { return "bucket:\(name)" }
        if s.loadBalancers.contains(where: { $0.name == name }) { return "lb:\(name)" }
        return nil
    }

    /// Zone -> what its records answer with (their request rates summed), and distribution ->
    /// the origin answering now (the secondary once failed over) with the origin request rate.
    static func edgeLinks(_ s: Snapshot) -> [(String, String, Double)] {
        var result: [(String, String, Double)] = []
        for zone in s.route53 {
            var rates: [String: Double] = [:]
            var order: [String] = []
            for record in zone.records {
                // Aliases to other records of the zone would point back at the zone itself.
                guard let key = edgeKey(s, record.target), !key.hasPrefix("dns:") else { continue }
                if rates[key] == nil { order.append(key) }
                rates[key, default: 0] += record.requestsPerSecond
            }
            result += order.map { ("dns:\(zone.zone)", $0, rates[$0] ?? 0) }
        }
        for d in s.cloudFront {
            if let key = edgeKey(s, d.currentOrigin) { result.append(("cdn:\(d.name)", key, d.originRequestsPerSecond)) }
        }
        return result
    }
}
