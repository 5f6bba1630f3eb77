import CloudSim

/// Instances per availability zone (one glyph each) and a table with state, CPU, rps, latency.
enum FleetPanel {
    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let s = ctx.model.snapshot
        let order = ctx.model.fleetOrder
        let up = order.filter { $0.state == .inService && $0.isReachable }.count
        let inner = ctx.box("Fleet", trailing: "\(up)/\(order.count) serving", in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        let t = ctx.theme
        var y = inner.y
        let zones = s.regions.flatMap(\.availabilityZones).filter { z in order.contains { $0.zone == z } }
        let down = Set(s.faults.filter { $0.spec.kind == .azOutage }.map(\.spec.target))
        for zone in zones where y < inner.maxY {
            var spans = [Span(zone.padded(12), style: down.contains(zone) ? t.faultActive : t.text)]
            if down.contains(zone) { spans.append(Span("OUTAGE ", style: t.faultActive)) }
            for i in order where i.zone == zone {
                let st = StateText.instance(i)
                let level: StateLevel = st.level == .healthy ? (i.cpu > 0.9 ? .critical : i.cpu > 0.7 ? .warning : .healthy) : st.level
                spans.append(Span(st.symbol, style: t.state(level)))
            }
            buffer.write(spans, x: inner.x, y: y, maxWidth: inner.width)
            y += 1
        }
        if y < inner.maxY {
            buffer.write(
                [Span("■ serving □ pending ▣ warming ▢ stopping/terminating × down", style: t.textDim)], x: inner.x,
                y: y, maxWidth: inner.width)
            y += 1
        }
        let tableArea = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        guard !tableArea.isEmpty else { return }
        // Narrow panels drop the zone and type columns (the zone rows above already show zones).
        let wide = inner.width >= 70
        var columns = [TableColumn("instance", width: .fixed(8))]
        if wide { columns += [TableColumn("zone", width: .fixed(11)), TableColumn("type", width: .fixed(10))] }
        columns += [
            TableColumn("state", width: .fixed(13)), TableColumn("CPU", width: .flex(1)),
            TableColumn("rps", width: .fixed(6), alignment: .right),
            TableColumn("latency", width: .fixed(8), alignment: .right),
        ]
        let rows: [[TableCell]] = order.map { i in
            let st = StateText.instance(i)
            let credits = i.cpuCredits.map { " cr " + Format.fixed($0, decimals: 0) } ?? ""
            var cells = [TableCell(i.id)]
            if wide { cells += [TableCell(i.zone), TableCell(i.instanceType)] }
            return cells + [
                TableCell("\(st.symbol) \(st.word)", style: t.state(st.level)),
                TableCell(bar(i.cpu, width: 8) + " " + Format.percent(i.cpu) + credits,
                    style: t.levels.style(for: i.cpu, thresholds: Thresholds(warn: 0.7, critical: 0.9))),
                TableCell(Format.rate(i.rps)), TableCell(Format.millis(i.latencyMillis)),
            ]
        }
        let selected: Int? = ctx.isFocused ? min(ctx.model.selected(.fleet), max(0, rows.count - 1)) : nil
        var table = t.makeTable(columns: columns, rows: rows, selected: selected)
        table.offset = table.visibleOffset(rows: tableArea.height - 1)
        table.render(in: tableArea, into: &buffer)
    }

    /// A text bar of `fraction` in `width` cells.
    static func bar(_ fraction: Double, width: Int) -> String {
        let filled = Int((min(1, max(0, fraction)) * Double(width)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
