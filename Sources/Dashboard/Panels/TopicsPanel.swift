import CloudSim

/// SNS topics: fan-out (subscriptions, deliveries per second against publishes) and failed
/// deliveries per topic, then the selected topic's subscriptions one by one. Up/down picks
/// the topic.
enum TopicsPanel {
    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let topics = ctx.model.snapshot.topics
        guard let topic = ctx.model.selectedTopic else { return }
        let index = min(ctx.model.selected(.topics), topics.count - 1)
        let trailing = topics.count > 1 ? "\(index + 1)/\(topics.count) ↑↓" : ""
        let inner = ctx.box("Topics", trailing: trailing, in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        let t = ctx.theme
        let tableRows = min(topics.count, max(1, inner.height / 2 - 1))
        let tableArea = Rect(
            x: inner.x, y: inner.y, width: inner.width, height: min(inner.height, tableRows + 1))
        let columns = [
            TableColumn("topic", width: .flex(1)), TableColumn("pub/s", width: .fixed(5), alignment: .right),
            TableColumn("subs", width: .fixed(4), alignment: .right),
            TableColumn("out/s", width: .fixed(5), alignment: .right),
            TableColumn("failed", width: .fixed(6), alignment: .right),
            TableColumn("retry", width: .fixed(5), alignment: .right),
            TableColumn("lost", width: .fixed(5), alignment: .right),
        ]
        let rows: [[TableCell]] = topics.map { topic in
            let failed = topic.subscriptions.reduce(0) { $0 + $1.failedAttempts }
            let retrying = topic.subscriptions.reduce(0) { $0 + $1.retrying }
            let lost = topic.subscriptions.reduce(0) { $0 + $1.deadLettered + $1.dropped }
            return [
                TableCell(topic.name + (topic.fifo ? " (FIFO)" : "")),
                TableCell(Format.rate(topic.publishedPerSecond)),
                TableCell("\(topic.subscriptions.count)"),
                TableCell(Format.rate(topic.subscriptions.reduce(0) { $0 + $1.deliveredPerSecond })),
                TableCell(QueuesPanel.count(failed), style: failed > 0 ? t.stateWarning : t.textDim),
                TableCell(QueuesPanel.count(retrying), style: retrying > 0 ? t.statePending : t.textDim),
                TableCell(QueuesPanel.count(lost), style: lost > 0 ? t.stateCritical : t.textDim),
            ]
        }
        var table = t.makeTable(columns: columns, rows: rows, selected: ctx.isFocused ? index : nil)
        table.offset = table.visibleOffset(rows: tableArea.height - 1)
        table.render(in: tableArea, into: &buffer)
        let rest = Rect(
            x: inner.x, y: tableArea.maxY, width: inner.width, height: inner.maxY - tableArea.maxY)
        guard rest.height >= 2 else { return }
        buffer.write(
            [
                Span(topic.name, style: t.textEmphasis),
                Span(" fans out to \(topic.subscriptions.count)", style: t.textDim),
            ], x: rest.x, y: rest.y, maxWidth: rest.width)
        let subColumns = [
            TableColumn("subscription", width: .flex(1)), TableColumn("to", width: .fixed(6)),
            TableColumn("out/s", width: .fixed(5), alignment: .right),
            TableColumn("failed", width: .fixed(6), alignment: .right),
            TableColumn("retry", width: .fixed(5), alignment: .right),
            TableColumn("DLQ", width: .fixed(5), alignment: .right),
            TableColumn("dropped", width: .fixed(7), alignment: .right),
        ]
        let subRows: [[TableCell]] = topic.subscriptions.map { s in
            [
                TableCell("→ " + s.name), TableCell(s.endpoint.rawValue, style: t.textDim),
                TableCell(Format.rate(s.deliveredPerSecond)),
                TableCell(
                    QueuesPanel.count(s.failedAttempts),
                    style: s.failedAttempts > 0 ? t.stateWarning : t.textDim),
                TableCell(QueuesPanel.count(s.retrying), style: s.retrying > 0 ? t.statePending : t.textDim),
                TableCell(
                    QueuesPanel.count(s.deadLettered), style: s.deadLettered > 0 ? t.stateWarning : t.textDim),
                TableCell(QueuesPanel.count(s.dropped), style: s.dropped > 0 ? t.stateCritical : t.textDim),
            ]
        }
        t.makeTable(columns: subColumns, rows: subRows)
            .render(
                in: Rect(x: rest.x, y: rest.y + 1, width: rest.width, height: rest.height - 1), into: &buffer)
    }
}
