import CloudSim

/// SQS queues: a table of every queue (depth split visible / in flight / DLQ, oldest message,
/// consumers, throughput in and out), then the selected one in detail: its visible depth over
/// time and the split as bars. Up/down picks the queue.
enum QueuesPanel {
    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let queues = ctx.model.snapshot.queues
        guard let q = ctx.model.selectedQueue else { return }
        let index = min(ctx.model.selected(.queues), queues.count - 1)
        let trailing = queues.count > 1 ? "\(index + 1)/\(queues.count) ↑↓" : ""
        let inner = ctx.box("Queues", trailing: trailing, in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        let t = ctx.theme
        // The table keeps at most half the panel when the detail has room below it.
        let tableRows = min(queues.count, max(1, inner.height / 2 - 1))
        let tableArea = Rect(
            x: inner.x, y: inner.y, width: inner.width, height: min(inner.height, tableRows + 1))
        let wide = inner.width >= 64
        let columns =
            [
                TableColumn("queue", width: .flex(1)),
                TableColumn("visible", width: .fixed(7), alignment: .right),
                TableColumn("flight", width: .fixed(6), alignment: .right),
                TableColumn("DLQ", width: .fixed(5), alignment: .right),
                TableColumn("oldest", width: .fixed(8), alignment: .right),
                TableColumn("consumers", width: .fixed(9), alignment: .right),
            ]
            + (wide
                ? [
                    TableColumn("in/s", width: .fixed(5), alignment: .right),
                    TableColumn("out/s", width: .fixed(5), alignment: .right),
                ] : [])
        let rows: [[TableCell]] = queues.map { queue in
            let consumers = consumerText(queue)
            return [
                TableCell(queue.name + (queue.type == .fifo ? " (FIFO)" : "")),
                TableCell(count(queue.visible), style: queue.visible > 0 ? t.text : t.textDim),
                TableCell(count(queue.inFlight)),
                TableCell(
                    count(queue.deadLetterDepth),
                    style: queue.deadLetterDepth > 0 ? t.stateWarning : t.textDim),
                TableCell(
                    Format.duration(queue.oldestAgeSeconds), style: t.state(ageLevel(queue.oldestAgeSeconds))),
                TableCell(consumers.text, style: t.state(consumers.level)),
            ]
                + (wide
                    ? [
                        TableCell(Format.rate(queue.sentPerSecond)),
                        TableCell(Format.rate(queue.deletedPerSecond)),
                    ]
                    : [])
        }
        var table = t.makeTable(columns: columns, rows: rows, selected: ctx.isFocused ? index : nil)
        table.offset = table.visibleOffset(rows: tableArea.height - 1)
        table.render(in: tableArea, into: &buffer)
        detail(
            q, ctx: ctx,
            in: Rect(x: inner.x, y: tableArea.maxY, width: inner.width, height: inner.maxY - tableArea.maxY),
            into: &buffer)
    }

    /// The selected queue: throughput, consumers, its visible depth over time, the split as bars.
    private static func detail(
        _ q: SQSQueueSnapshot, ctx: PanelContext, in area: Rect, into buffer: inout Buffer
    ) {
        guard !area.isEmpty else { return }
        let t = ctx.theme
        var y = area.y
        func line(_ spans: [Span]) {
            guard y < area.maxY else { return }
            buffer.write(spans.fitting(area.width), x: area.x, y: y, maxWidth: area.width)
            y += 1
        }
        let consumers = consumerText(q)
        line([
            Span(q.name + " ", style: t.textEmphasis),
            Span(
                "in \(Format.rate(q.sentPerSecond))/s  out \(Format.rate(q.deletedPerSecond))/s",
                style: t.text),
            Span("  consumers \(consumers.text)", style: t.state(consumers.level)),
            Span(consumers.note, style: t.state(consumers.level)),
            Span("  received \(Format.rate(q.receivedPerSecond))/s", style: t.textDim),
            Span(q.delayed > 0 ? "  delayed \(count(q.delayed))" : "", style: t.textDim),
        ])
        // The split needs three rows; the sparkline gets what is left (up to five).
        let barsHeight = area.maxY - y >= 5 ? 3 : 0
        let sparkHeight = min(5, area.maxY - y - barsHeight)
        if sparkHeight >= 1 {
            let label = "depth "
            buffer.write(label, x: area.x, y: y + sparkHeight - 1, style: t.textDim, maxWidth: area.width)
            let values = q.depthHistory.map { $0.isFinite ? $0 : 0 } + [Double(q.visible)]
            let width = max(0, area.width - label.count)
            t.makeSparkline(Array(values.suffix(width)))
                .render(
                    in: Rect(x: area.x + label.count, y: y, width: width, height: sparkHeight), into: &buffer)
            y += sparkHeight
        }
        guard barsHeight > 0 else { return }
        let bars = [
            BarChart.Bar(label: "visible", value: Double(q.visible), valueText: count(q.visible)),
            BarChart.Bar(label: "in flight", value: Double(q.inFlight), valueText: count(q.inFlight)),
            BarChart.Bar(
                label: "DLQ", value: Double(q.deadLetterDepth), valueText: count(q.deadLetterDepth),
                style: q.deadLetterDepth > 0 ? t.stateWarning : nil),
        ]
        t.makeBarChart(bars).render(
            in: Rect(x: area.x, y: y, width: area.width, height: barsHeight), into: &buffer)
    }

    /// Consumers as "busy/total", with the crash fault or their absence called out.
    static func consumerText(_ q: SQSQueueSnapshot) -> (text: String, note: String, level: StateLevel) {
        if q.consumersCrashed {
            return ("× crashed", "  (messages return after the visibility timeout)", .critical)
        }
        if q.consumersTotal == 0 {
            return ("none", q.visible > 0 ? "  (nothing polls it)" : "", q.visible > 0 ? .warning : .stopped)
        }
        let level: StateLevel = q.consumersBusy >= q.consumersTotal && q.visible > 0 ? .warning : .healthy
        return ("\(q.consumersBusy)/\(q.consumersTotal)", "", level)
    }

    /// A message count in at most five characters.
    static func count(_ n: Int) -> String { Format.rate(Double(n)) }

    /// How worrying the oldest message's age is: over a minute a warning, over fifteen critical.
    static func ageLevel(_ seconds: Double) -> StateLevel {
        seconds > 900 ? .critical : seconds > 60 ? .warning : .healthy
    }
}
