import CloudSim

/// Lambda functions (concurrency against the limit, cold starts, throttles, errors, duration
/// p50 / p99) and API Gateway stages (requests, 429s, 5xx, latency), one selection across
/// both: functions first, then stages. The selected row is summed up on top, a function with
/// its concurrency over time.
enum ServerlessPanel {
    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let s = ctx.model.snapshot
        guard let row = ctx.model.selectedServerlessRow else { return }
        let inner = ctx.box("Serverless", in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        let t = ctx.theme
        let index = min(ctx.model.selected(.serverless), s.functions.count + s.apiStages.count - 1)
        var y = inner.y
        buffer.write(summary(row, t).fitting(inner.width), x: inner.x, y: y, maxWidth: inner.width)
        y += 1
        let functionRows = s.functions.isEmpty ? 0 : s.functions.count + 1
        let stageRows = s.apiStages.isEmpty ? 0 : s.apiStages.count + 1
        // The sparkline takes what the tables leave, up to five rows.
        let sparkHeight = min(5, inner.maxY - y - functionRows - stageRows)
        if sparkHeight >= 1, case .function(let f) = row {
            let label = "concurrency "
            let width = max(0, inner.width - label.count)
            buffer.write(label, x: inner.x, y: y + sparkHeight - 1, style: t.textDim, maxWidth: inner.width)
            let values =
                f.concurrencyHistory.map { $0.isFinite ? $0 : 0 } + [
                    f.concurrency.isFinite ? f.concurrency : 0
                ]
            t.makeSparkline(Array(values.suffix(width)))
                .render(
                    in: Rect(x: inner.x + label.count, y: y, width: width, height: sparkHeight), into: &buffer
                )
            y += sparkHeight
        }
        let wide = inner.width >= 70
        if !s.functions.isEmpty, y < inner.maxY {
            let height = min(
                inner.maxY - y, functionRows,
                stageRows > 0 ? max(2, inner.maxY - y - stageRows) : functionRows)
            let columns =
                [
                    TableColumn("function", width: .flex(1)), TableColumn("concurrency", width: .flex(1)),
                    TableColumn("cold/s", width: .fixed(6), alignment: .right),
                    TableColumn("thr/s", width: .fixed(5), alignment: .right),
                    TableColumn("err/s", width: .fixed(5), alignment: .right),
                ]
                + (wide
                    ? [
                        TableColumn("p50", width: .fixed(7), alignment: .right),
                        TableColumn("p99", width: .fixed(7), alignment: .right),
                    ] : [])
            let rows: [[TableCell]] = s.functions.map { f in
                let share = f.concurrencyLimit > 0 ? f.concurrency / Double(f.concurrencyLimit) : 0
                let level: StateLevel = share >= 1 ? .critical : share >= 0.8 ? .warning : .healthy
                return [
                    TableCell("λ " + f.name),
                    TableCell(
                        FleetPanel.bar(share.isFinite ? share : 0, width: 5)
                            + " \(Format.rate(f.concurrency))/\(Format.rate(Double(f.concurrencyLimit)))",
                        style: t.state(level)),
                    TableCell(
                        Format.rate(f.coldStartsPerSecond),
                        style: f.coldStartsPerSecond > 0 ? t.statePending : t.textDim),
                    TableCell(
                        Format.rate(f.throttlesPerSecond),
                        style: f.throttlesPerSecond > 0 ? t.stateWarning : t.textDim),
                    TableCell(
                        Format.rate(f.errorsPerSecond),
                        style: f.errorsPerSecond > 0 ? t.stateCritical : t.textDim),
                ]
                    + (wide
                        ? [TableCell(Format.millis(f.durationP50)), TableCell(Format.millis(f.durationP99))]
                        : [])
            }
            let selected = ctx.isFocused && index < s.functions.count ? index : nil
            var table = t.makeTable(columns: columns, rows: rows, selected: selected)
            table.offset = table.visibleOffset(rows: height - 1)
            table.render(in: Rect(x: inner.x, y: y, width: inner.width, height: height), into: &buffer)
            y += height
        }
        guard !s.apiStages.isEmpty, y < inner.maxY else { return }
        let columns =
            [
                TableColumn("API stage", width: .flex(1)),
                TableColumn("rps", width: .fixed(5), alignment: .right),
                TableColumn("429/s", width: .fixed(5), alignment: .right),
                TableColumn("5xx/s", width: .fixed(5), alignment: .right),
            ]
            + (wide
                ? [
                    TableColumn("p50", width: .fixed(7), alignment: .right),
                    TableColumn("p99", width: .fixed(7), alignment: .right),
                ] : [])
        let rows: [[TableCell]] = s.apiStages.map { st in
            [
                TableCell("⌁ \(st.name) → \(st.integration)"), TableCell(Format.rate(st.requestsPerSecond)),
                TableCell(
                    Format.rate(st.tooManyRequestsPerSecond),
                    style: st.tooManyRequestsPerSecond > 0 ? t.stateWarning : t.textDim),
                TableCell(
                    Format.rate(st.serverErrorsPerSecond),
                    style: st.serverErrorsPerSecond > 0 ? t.stateCritical : t.textDim),
            ]
                + (wide
                    ? [TableCell(Format.millis(st.latencyP50)), TableCell(Format.millis(st.latencyP99))] : [])
        }
        let selected = ctx.isFocused && index >= s.functions.count ? index - s.functions.count : nil
        var table = t.makeTable(columns: columns, rows: rows, selected: selected)
        table.offset = table.visibleOffset(rows: inner.maxY - y - 1)
        table.render(in: Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y), into: &buffer)
    }

    /// One line about the selected function or stage.
    private static func summary(_ row: ServerlessRow, _ t: ThemeStyles) -> [Span] {
        switch row {
        case .function(let f):
            let share = f.concurrencyLimit > 0 ? f.concurrency / Double(f.concurrencyLimit) : 0
            let level: StateLevel = share >= 1 ? .critical : share >= 0.8 ? .warning : .healthy
            return [
                Span("λ \(f.name) ", style: t.textEmphasis),
                Span(
                    "concurrency \(Format.rate(f.concurrency))/\(Format.rate(Double(f.concurrencyLimit)))",
                    style: t.state(level)),
                Span("  \(Format.rate(f.invocationsPerSecond)) inv/s", style: t.text),
                Span(
                    "  p50 \(Format.millis(f.durationP50)) p99 \(Format.millis(f.durationP99))", style: t.text
                ),
                Span(f.idleEnvironments > 0 ? "  warm idle \(f.idleEnvironments)" : "", style: t.textDim),
                Span(
                    f.asyncQueueDepth > 0 ? "  async queue \(QueuesPanel.count(f.asyncQueueDepth))" : "",
                    style: t.statePending),
            ]
        case .stage(let st):
            let level: StateLevel =
                st.serverErrorsPerSecond > 0
                ? .critical : st.tooManyRequestsPerSecond > 0 ? .warning : .healthy
            return [
                Span("⌁ \(st.name) ", style: t.textEmphasis),
                Span("\(Format.rate(st.requestsPerSecond)) rps", style: t.state(level)),
                Span(
                    "  limit \(Format.rate(st.rate))/s burst \(Format.rate(Double(st.burst)))", style: t.text),
                Span("  tokens \(Format.rate(st.tokens))", style: t.textDim),
                Span(
                    st.cacheHitRatio > 0 ? "  cache hit \(Format.percent(st.cacheHitRatio))" : "",
                    style: t.textDim),
            ]
        }
    }
}
