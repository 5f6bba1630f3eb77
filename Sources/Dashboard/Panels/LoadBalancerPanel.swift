import CloudSim

/// Per load balancer: rate, latency, 5xx by code, rules and weights; per target: health,
/// share bar, rps, errors, latency.
enum LoadBalancerPanel {
    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let s = ctx.model.snapshot
        let title = s.loadBalancers.count == 1 ? "Load balancer (\(s.loadBalancers[0].name))" : "Load balancers"
        let inner = ctx.box(title, in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        let t = ctx.theme
        var y = inner.y
        var rows: [[TableCell]] = []
        let wide = inner.width >= 70
        var headerLines: [[Span]] = []
        for lb in s.loadBalancers {
            let errors = lb.http502 + lb.http503 + lb.http504 + lb.targetErrors
            let errLevel: StateLevel = errors > 0.01 * max(lb.rps, 1) ? .critical : errors > 0 ? .warning : .healthy
            headerLines.append([
                Span(lb.name + " ", style: t.textEmphasis),
                Span(lb.kind == .application ? "ALB " : "NLB ", style: t.textDim),
                Span(Format.rate(lb.rps) + " rps  ", style: t.text),
                Span("p50 \(Format.millis(lb.p50Millis))  p99 \(Format.millis(lb.p99Millis))  ", style: t.text),
                Span(
                    "502 \(Format.rate(lb.http502))/s 503 \(Format.rate(lb.http503))/s 504 \(Format.rate(lb.http504))/s",
                    style: t.state(errLevel)),
            ])
            for rule in lb.rules where lb.rules.count > 1 || rule.forward.count > 1 {
                let weights = rule.forward.map { "\($0.targetGroup) \($0.weight)" }.joined(separator: " / ")
                headerLines.append([Span("  rule \(rule.priority == 0 ? "default" : String(rule.priority)) \(rule.condition) → \(weights)", style: t.textDim)])
            }
            for tg in lb.targetGroups {
                if tg.isFailingOpen {
                    headerLines.append([Span("  \(tg.name): every target unhealthy: failing open", style: t.stateWarning)])
                }
                for target in tg.targets {
                    let h = StateText.target(target.health)
                    rows.append(
                        [TableCell(target.instance)] + (wide ? [TableCell(tg.name)] : []) + [
                        TableCell("\(h.symbol) \(h.word)", style: t.state(h.level)),
                        TableCell(FleetPanel.bar(target.share, width: wide ? 10 : 5) + " " + Format.percent(target.share), style: t.chartBar),
                        TableCell(Format.rate(target.rps)),
                        TableCell(Format.rate(target.errorsPerSecond), style: target.errorsPerSecond > 0 ? t.stateCritical : t.text),
                        TableCell(Format.millis(target.latencyMillis)),
                    ])
                }
            }
        }
        for spans in headerLines where y < inner.maxY {
            buffer.write(spans, x: inner.x, y: y, maxWidth: inner.width)
            y += 1
        }
        let tableArea = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        guard !tableArea.isEmpty else { return }
        let columns =
            [TableColumn("target", width: .fixed(8))] + (wide ? [TableColumn("group", width: .fixed(10))] : []) + [
                TableColumn("health", width: .fixed(12)), TableColumn("share", width: .flex(1)),
                TableColumn("rps", width: .fixed(6), alignment: .right),
                TableColumn("5xx/s", width: .fixed(6), alignment: .right),
                TableColumn("latency", width: .fixed(8), alignment: .right),
            ]
        let selected: Int? = ctx.isFocused ? min(ctx.model.selected(.loadBalancer), max(0, rows.count - 1)) : nil
        var table = t.makeTable(columns: columns, rows: rows, selected: selected)
        table.offset = table.visibleOffset(rows: tableArea.height - 1)
        table.render(in: tableArea, into: &buffer)
    }
}
