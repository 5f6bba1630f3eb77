/// Output format of `cloudtop run`.
public enum HeadlessFormat: String, Sendable, CaseIterable {
    /// One JSON object per line.
    case jsonl
    /// Comma-separated values with a header line.
    case csv
}

/// One reporting interval's figures as named columns, in output order.
///
/// The same fields feed both formats: JSONL nests them (`"asg": {"web": {...}}`), CSV
/// flattens them (`asg.web.desired`).
public struct HeadlessRecord: Sendable {
    /// Top-level figures: name, value, decimals.
    public var headline: [(String, Double, Int)]
    /// Per service kind (`asg`, `alb`, `nlb`, `instance`, `route53`, `cloudfront`, `s3`, `ecs`,
    /// `eks`, `beanstalk`), per
    /// resource, its fields.
    public var services: [(kind: String, resources: [(name: String, fields: [(String, Double, Int)])])]

    /// Builds the record of an interval from its report and the snapshot at its end.
    public init(report: IntervalReport, snapshot s: Snapshot) {
        headline = [
            ("t", report.time, 0), ("rps", report.rps, 1), ("p50_ms", report.p50Millis, 1),
            ("p99_ms", report.p99Millis, 1), ("error_rate", report.errorRate, 4),
            ("cost_per_hour", s.cost.perHour, 4), ("cost_total", s.cost.total, 4),
        ]
        if report.time != report.time.rounded() { headline[0].2 = 1 }
        var services: [(kind: String, resources: [(name: String, fields: [(String, Double, Int)])])] = []
        if !s.groups.isEmpty {
            services.append(
                (
                    "asg",
                    s.groups.map { g in
                        (
                            g.name,
                            [
                                ("desired", Double(g.desired), 0), ("in_service", Double(g.inService), 0),
                                ("pending", Double(g.pending), 0), ("terminating", Double(g.terminating), 0),
                                ("cpu", g.cpu, 3),
                            ]
                        )
                    }
                ))
        }
        for kind in LoadBalancerKind.allCases {
            let lbs = s.loadBalancers.filter { $0.kind == kind }
            guard !lbs.isEmpty else { continue }
            services.append(
                (
                    kind == .application ? "alb" : "nlb",
                    lbs.map { lb in
                        let targets = lb.targetGroups.flatMap(\.targets)
                        return (
                            lb.name,
                            [
                                ("rps", lb.rps, 1), ("http_502", lb.http502, 1), ("http_503", lb.http503, 1),
                                ("http_504", lb.http504, 1), ("target_5xx", lb.targetErrors, 1),
                                ("healthy", Double(targets.filter { $0.health == .healthy }.count), 0),
                                ("targets", Double(targets.count), 0),
                            ]
                        )
                    }
                ))
        }
        let standalone = s.instances.filter { $0.group == nil }
        if !standalone.isEmpty {
            services.append(
                (
                    "instance",
                    standalone.map { i in
                        (
                            i.id,
                            [
                                ("running", i.state == .inService && i.isReachable ? 1 : 0, 0), ("cpu", i.cpu, 3),
                                ("rps", i.rps, 1),
                            ]
                        )
                    }
                ))
        }
        services += Self.edgeServices(s)
        services += Self.messagingServices(s)
        services += Self.containerServices(s)
        self.services = services
    }

    /// Route 53 records, CloudFront distributions and buckets (present only when the
    /// scenario has them).
    static func edgeServices(_ s: Snapshot) -> [(kind: String, resources: [(name: String, fields: [(String, Double, Int)])])] {
        var services: [(kind: String, resources: [(name: String, fields: [(String, Double, Int)])])] = []
        let records = s.route53.flatMap(\.records)
        if !records.isEmpty {
            services.append(
                (
                    "route53",
                    records.map { r in
                        (r.label, [("rps", r.requestsPerSecond, 1), ("share", r.share, 3), ("healthy", r.isHealthy ? 1 : 0, 0)])
                    }
                ))
        }
        if !s.cloudFront.isEmpty {
            services.append(
                (
                    "cloudfront",
                    s.cloudFront.map { d in
                        (
                            d.name,
                            [
                                ("rps", d.requestsPerSecond, 1), ("hit_ratio", d.hitRatio, 3),
                                ("origin_rps", d.originRequestsPerSecond, 1), ("error_rate", d.errorRate, 4),
                                ("waiting", Double(d.waitingOnOrigin), 0),
                            ]
                        )
                    }
                ))
        }
        if !s.buckets.isEmpty {
            services.append(
                ("s3", s.buckets.map { b in (b.name, [("rps", b.requestsPerSecond, 1), ("up", b.isReachable && !b.isFailing ? 1 : 0, 0)]) }))
        }
        return services
    }

    /// The record as one JSON line.
    public var jsonLine: String {
        var line = JSONLine()
        for (name, value, digits) in headline { line.number(name, value, digits: digits) }
        for service in services {
            line.object(
                service.kind,
                .make { kind in
                    for resource in service.resources {
                        kind.object(
                            resource.name,
                            .make { r in for (n, v, d) in resource.fields { r.number(n, v, digits: d) } })
                    }
                })
        }
        return line.rendered
    }

    /// Column names for CSV.
    public var csvHeader: String {
        (headline.map(\.0)
            + services.flatMap { s in
                s.resources.flatMap { r in r.fields.map { "\(s.kind).\(r.name).\($0.0)" } }
            }).map(csvField).joined(separator: ",")
    }

    /// The record as one CSV row.
    public var csvRow: String {
        (headline.map { fixed($0.1, $0.2) }
            + services.flatMap { s in s.resources.flatMap { r in r.fields.map { fixed($0.1, $0.2) } } })
            .joined(separator: ",")
    }

    private func csvField(_ s: String) -> String {
        s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}

extension SimEvent {
    /// The event as a JSON line: `{"event":{"t":..,"tick":..,"severity":..,"source":..,"message":..}}`.
    public var jsonLine: String {
        var inner = JSONLine()
        inner.number("t", time, digits: 1)
        inner.integer("tick", tick)
        inner.string("severity", severity.word)
        inner.string("source", source)
        inner.string("message", message)
        var outer = JSONLine()
        outer.object("event", inner)
        return outer.rendered
    }
}
