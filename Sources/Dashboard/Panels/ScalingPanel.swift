import CloudSim

/// Auto Scaling: CPU sparkline against the target line, capacity, alarms with their
/// datapoints, cooldown and warm-up timers. Up/down picks the group when there are several.
enum ScalingPanel {
    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let groups = ctx.model.snapshot.groups
        guard !groups.isEmpty else { return }
        let g = groups[min(ctx.model.selected(.scaling), groups.count - 1)]
        let trailing = groups.count > 1 ? "\(ctx.model.selected(.scaling) + 1)/\(groups.count) ↑↓" : ""
        let inner = ctx.box("Scaling (\(g.name))", trailing: trailing, in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        let t = ctx.theme
        var y = inner.y
        func line(_ spans: [Span]) {
            guard y < inner.maxY else { return }
            buffer.write(spans, x: inner.x, y: y, maxWidth: inner.width)
            y += 1
        }
        let cpuLevel: StateLevel = g.targetCPU.map { g.cpu > $0 * 1.2 ? .critical : g.cpu > $0 ? .warning : .healthy } ?? .healthy
        let target = g.targetCPU.map { "  target \(Format.percent($0))" } ?? ""
        line([
            Span("CPU ", style: t.text), Span(Format.percent(g.cpu).leftPadded(4), style: t.state(cpuLevel)),
            Span(target, style: t.textDim), Span("   \(g.instanceType)", style: t.textDim),
        ])
        // Sparkline of one-minute CPU with the target line drawn across it.
        let sparkHeight = max(1, min(4, inner.height - 6))
        if y + sparkHeight <= inner.maxY {
            let values = Array(g.cpuHistory.suffix(inner.width)) + [g.cpu]
            t.makeSparkline(Array(values.suffix(inner.width)), maximum: 1, target: g.targetCPU)
                .render(in: Rect(x: inner.x, y: y, width: inner.width, height: sparkHeight), into: &buffer)
            y += sparkHeight
        }
        line([
            Span("desired ", style: t.textDim), Span("\(g.desired)", style: t.textEmphasis),
            Span("  in service ", style: t.textDim), Span("\(g.inService)", style: t.state(.healthy)),
            Span("  pending ", style: t.textDim), Span("\(g.pending)", style: t.state(g.pending > 0 ? .pending : .healthy)),
            Span("  terminating ", style: t.textDim), Span("\(g.terminating)", style: t.text),
            Span("  min \(g.minSize) max \(g.maxSize)", style: t.textDim),
        ])
        for alarm in g.alarms {
            let last = alarm.lastValue.map { " last " + Format.fixed($0, decimals: 1) } ?? ""
            line([
                Span("alarm ", style: t.textDim),
                Span(alarm.state.rawValue.padded(18), style: t.state(StateText.alarm(alarm.state))),
                Span("\(alarm.breaching) of \(alarm.evaluationPeriods) \(alarm.condition)\(last)", style: t.text),
            ])
        }
        var timers: [Span] = []
        if g.cooldownRemaining > 0 {
            timers.append(Span("cooldown \(Format.duration(g.cooldownRemaining))  ", style: t.stateWarning))
        }
        if g.warmingUp > 0 {
            timers.append(Span("warm-up \(Format.duration(g.warmupRemaining)) (\(g.warmingUp))  ", style: t.statePending))
        }
        if g.isRefreshing { timers.append(Span("instance refresh in progress", style: t.stateWarning)) }
        if timers.isEmpty { timers.append(Span("no cooldown, nothing warming", style: t.textDim)) }
        line(timers)
    }
}
