import CloudSim

/// Route 53: each record's share of its name's answers as a bar (records grouped by name,
/// with routing, requests and health), what each client population is answered now and how
/// long stale answers still live in resolvers, then the health checks with one mark per
/// probe round. Up/down selects a record (`{` `}` `w` change a weight) or a health check
/// (`c` fails it by hand); the view scrolls to keep the selection in sight.
enum Route53Panel {
    /// A line of the panel and, when selectable, its index in `DashboardModel.route53Rows`.
    typealias Line = (spans: [Span], row: Int?)

    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let zones = ctx.model.snapshot.route53
        guard !zones.isEmpty else { return }
        let title = zones.count == 1 ? "Route 53 (\(zones[0].zone))" : "Route 53"
        let qps = zones.reduce(0) { $0 + $1.queriesPerSecond }
        let inner = ctx.box(title, trailing: Format.rate(qps) + " queries/s", in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        let lines = recordLines(ctx, width: inner.width) + populationLines(ctx, width: inner.width) + checkLines(ctx, width: inner.width)
        let selectedRow: Int? = ctx.isFocused ? ctx.model.selected(.route53) : nil
        // Scroll just enough to keep the selected line in sight.
        let selectedLine = selectedRow.flatMap { row in lines.firstIndex { $0.row == row } } ?? 0
        let first = max(0, min(selectedLine - inner.height + 1, lines.count - inner.height))
        for (k, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + k
            buffer.write(line.spans, x: inner.x, y: y, maxWidth: inner.width)
            if let row = line.row, row == selectedRow {
                buffer.setStyle(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: ctx.theme.selection)
            }
        }
    }

    /// A name line per record name, then one line per record: label, routing, share bar, req/s, health.
    static func recordLines(_ ctx: PanelContext, width: Int) -> [Line] {
        let t = ctx.theme
        let m = ctx.model
        var result: [Line] = []
        let records = m.route53Rows.enumerated().compactMap { k, row -> (Int, Route53RecordSnapshot)? in
            if case .record(let r) = row { return (k, r) }
            return nil
        }
        let labelWidth = min(12, records.map { DisplayWidth.of($0.1.label) }.max() ?? 0)
        let routingWidth = min(18, records.map { DisplayWidth.of($0.1.routing) }.max() ?? 0)
        let wide = width >= 60
        // indent, label, routing, bar, " 100%", " 1.2k", health
        let fixed = 2 + labelWidth + 1 + routingWidth + 1 + 5 + 6 + (wide ? 12 : 2)
        let barWidth = max(3, width - fixed)
        var name = ""
        for (k, record) in records {
            if record.name != name {
                name = record.name
                result.append(([Span(name, style: t.textEmphasis)], nil))
            }
            let health = StateText.route53(isHealthy: record.isHealthy)
            let pending = m.pendingRecordWeights[record.setIdentifier ?? record.label]
            let routing = pending.map { "weighted \($0)" } ?? record.routing
            result.append(
                (
                    [
                        Span("  " + record.label.padded(labelWidth) + " ", style: t.text),
                        Span(routing.padded(routingWidth) + " ", style: pending == nil ? t.textDim : t.statePending),
                        Span(FleetPanel.bar(record.share, width: barWidth), style: t.chartBar),
                        Span(Format.percent(record.share).leftPadded(5), style: t.text),
                        Span(Format.rate(record.requestsPerSecond).leftPadded(6), style: t.text),
                        Span(" " + (wide ? "\(health.symbol) \(health.word)" : health.symbol), style: t.state(health.level)),
                    ], k
                ))
        }
        return result
    }

    /// What each client population is answered now, and when the last stale answer expires:
    /// `us-east-1 → secondary  clients move in 42 s  api.example.com (users)`.
    static func populationLines(_ ctx: PanelContext, width: Int) -> [Line] {
        let t = ctx.theme
        return ctx.model.snapshot.route53.flatMap(\.populations).map { p in
            let stale =
                p.staleTTLRemaining > 0
                ? Span("  clients move in \(seconds(p.staleTTLRemaining))", style: t.stateWarning)
                : Span("  TTL \(Format.number(p.ttlSeconds)) s", style: t.textDim)
            // The client region first: several populations often resolve the same name.
            let spans = [
                Span(p.region + " → ", style: t.text),
                Span(p.answer, style: !p.hasAnswer ? t.stateCritical : t.textEmphasis), stale,
                Span("  \(p.queryName) (\(p.source))", style: t.textDim),
            ]
            return (spans.fitting(width), nil)
        }
    }

    /// Seconds still to run: `42 s` under a minute, `m:ss` above (rounded up: 0.3 s left is 1 s).
    static func seconds(_ value: Double) -> String {
        value < 59.5 ? "\(Int(value.rounded(.up))) s" : Format.duration(value.rounded(.up))
    }
}
