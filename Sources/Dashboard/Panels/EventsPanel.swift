import CloudSim

/// The event log, newest at the bottom, coloured and marked by severity, filterable with `/`.
enum EventsPanel {
    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let m = ctx.model
        let events = m.filteredEvents
        var trailing = ""
        if m.isEditingFilter {
            trailing = "filter: \(m.eventFilter)▏ (Enter keep, Esc clear)"
        } else if !m.eventFilter.isEmpty {
            trailing = "filter: \(m.eventFilter) (\(events.count))"
        }
        let inner = ctx.box("Events", trailing: trailing, in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        let t = ctx.theme
        // Follow the newest event unless the person scrolled up while focused.
        let last = ctx.isFocused && m.selection[.events] != nil ? min(m.selected(.events), events.count - 1) : events.count - 1
        let first = max(0, last - inner.height + 1)
        var y = inner.y
        guard last >= 0 else { return }
        for k in first...last where y < inner.maxY {
            let e = events[k]
            let style = StateText.eventStyle(e.severity, t)
            let spans: [Span] = [
                Span(Format.clock(e.time) + " ", style: t.eventTime),
                Span(StateText.event(e.severity) + " ", style: style),
                Span(e.source.padded(12) + " ", style: t.textDim),
                Span(e.message, style: style),
            ] + (e.severity == .command ? [Span("  tick \(e.tick)", style: t.textDim)] : [])
            buffer.write(spans, x: inner.x, y: y, maxWidth: inner.width)
            if ctx.isFocused && k == last && m.selection[.events] != nil {
                buffer.setStyle(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: t.selection)
            }
            y += 1
        }
    }
}
