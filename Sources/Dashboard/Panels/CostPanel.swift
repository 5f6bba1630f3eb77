import CloudSim

/// The running bill: total, rate, per service, and the rate over the last minutes.
enum CostPanel {
    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let cost = ctx.model.snapshot.cost
        let inner = ctx.box("Cost", trailing: Format.dollars(cost.perHour) + "/h", in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        let t = ctx.theme
        var y = inner.y
        buffer.write(
            [
                Span("spent ", style: t.textDim), Span(Format.dollars(cost.total), style: t.textEmphasis),
                Span("   rate ", style: t.textDim), Span(Format.dollars(cost.perHour) + "/h", style: t.text),
                Span("   per day ", style: t.textDim), Span(Format.dollars(cost.perHour * 24), style: t.text),
            ], x: inner.x, y: y, maxWidth: inner.width)
        y += 1
        for service in cost.perHourByService where y < inner.maxY && (service.total > 0 || service.perHour > 0) {
            buffer.write(
                [
                    Span(service.service.padded(12), style: t.text),
                    Span((Format.dollars(service.perHour) + "/h").leftPadded(10), style: t.text),
                    Span((Format.dollars(service.total)).leftPadded(10), style: t.textDim),
                ], x: inner.x, y: y, maxWidth: inner.width)
            y += 1
        }
        let history = ctx.model.snapshot.history.costPerHour
        if y < inner.maxY, !history.isEmpty {
            let values = Array(history.suffix(inner.width))
            t.makeSparkline(values, maximum: (values.max() ?? 0) * 1.25)
                .render(in: Rect(x: inner.x, y: y, width: inner.width, height: min(2, inner.maxY - y)), into: &buffer)
        }
    }
}
