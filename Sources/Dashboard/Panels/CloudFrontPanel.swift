import CloudSim

/// One CloudFront distribution: hit ratio and its sparkline, viewer rate, errors, the origin
/// (status, load, requests waiting on it), bytes saved, and a table of edge locations.
/// Up/down picks the distribution when there are several.
enum CloudFrontPanel {
    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let all = ctx.model.snapshot.cloudFront
        guard let d = ctx.model.selectedDistribution else { return }
        let trailing = all.count > 1 ? "\(min(ctx.model.selected(.cloudFront), all.count - 1) + 1)/\(all.count) ↑↓" : ""
        let inner = ctx.box("CloudFront (\(d.name))", trailing: trailing, in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        let t = ctx.theme
        var y = inner.y
        func line(_ spans: [Span]) {
            guard y < inner.maxY else { return }
            buffer.write(spans.fitting(inner.width), x: inner.x, y: y, maxWidth: inner.width)
            y += 1
        }
        let errorLevel: StateLevel = d.errorRate > 0.01 ? .critical : d.errorRate > 0 ? .warning : .healthy
        line([
            Span("hit ", style: t.text), Span(Format.percent(d.hitRatio), style: t.state(StateText.hitLevel(d.hitRatio))),
            Span("  \(Format.rate(d.requestsPerSecond)) req/s", style: t.textEmphasis),
            Span("  errors \(Format.percent(d.errorRate))", style: t.state(errorLevel)),
            Span("  uncached \(Format.percent(d.uncachedShare))", style: t.textDim),
            Span("  cached \(Format.percent(d.cacheHitRate)) incl. revalidated", style: t.textDim),
        ])
        // Hit ratio of each past second, on a fixed 0-100% scale so a drop reads as a drop.
        let sparkHeight = inner.height >= 12 ? 2 : 1
        if inner.height >= 6, y + sparkHeight <= inner.maxY {
            let values = Array(d.hitRatioHistory.suffix(inner.width))
            t.makeSparkline(values, maximum: 1)
                .render(in: Rect(x: inner.x, y: y, width: inner.width, height: sparkHeight), into: &buffer)
            y += sparkHeight
        }
        let origin = StateText.origin(d.originStatus)
        line([
            Span("origin ", style: t.textDim), Span(d.originNames.joined(separator: " → ") + "  ", style: t.text),
            Span("\(origin.symbol) \(origin.word)", style: t.state(origin.level)),
        ])
        line([
            Span("to origin ", style: t.textDim),
            Span("\(Format.rate(d.originRequestsPerSecond)) req/s  \(Format.bytes(d.originBytesPerSecond))/s", style: t.text),
            Span(d.waitingOnOrigin > 0 ? "  \(Format.rate(Double(d.waitingOnOrigin))) waiting on it" : "", style: t.stateWarning),
        ])
        line([
            Span("saved ", style: t.textDim), Span(Format.bytes(d.bytesSavedTotal), style: t.textEmphasis),
            Span(" +\(Format.bytes(max(0, d.bytesServedPerSecond - d.originBytesPerSecond)))/s", style: t.text),
            Span(d.invalidations > 0 ? "  invalidations \(d.invalidations)" : "", style: t.textDim),
        ])
        let tableArea = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        guard tableArea.height >= 2 else { return }
        let columns = [
            TableColumn("region", width: .flex(1)), TableColumn("edge", width: .fixed(4), alignment: .right),
            TableColumn("req/s", width: .fixed(5), alignment: .right),
            TableColumn("hit", width: .fixed(4), alignment: .right), TableColumn("cache fill", width: .flex(2)),
        ]
        let rows: [[TableCell]] = d.edges.map { edge in
            [
                TableCell(edge.region), TableCell("#\(edge.index + 1)"), TableCell(Format.rate(edge.requestsPerSecond)),
                TableCell(Format.percent(edge.hitRatio), style: t.state(StateText.hitLevel(edge.hitRatio))),
                TableCell(edge.fill.map { FleetPanel.bar($0, width: 6) + " " + Format.percent($0) } ?? "unlimited", style: t.chartBar),
            ]
        }
        t.makeTable(columns: columns, rows: rows).render(in: tableArea, into: &buffer)
    }
}
