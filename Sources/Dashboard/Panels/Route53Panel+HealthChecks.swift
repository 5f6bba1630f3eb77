import CloudSim

extension Route53Panel {
    /// A header, then per health check: id, status, checkers that see it healthy, one mark per
    /// round (✓ most probes passed, ✗ most failed; coloured by the status Route 53 reported
    /// after that round, so failing probes still green show the threshold at work), the
    /// interval times the failure threshold, and `failed by hand` when `c` forces it.
    static func checkLines(_ ctx: PanelContext, width: Int) -> [Line] {
        let t = ctx.theme
        let m = ctx.model
        let checks = m.route53Rows.enumerated().compactMap { k, row -> (Int, Route53HealthCheckSnapshot)? in
            if case .healthCheck(let c) = row { return (k, c) }
            return nil
        }
        guard !checks.isEmpty else { return [] }
        var result: [Line] = [([Span("health checks", style: t.textDim)], nil)]
        let idWidth = min(14, checks.map { DisplayWidth.of($0.1.id) }.max() ?? 0)
        let wide = width >= 60
        for (k, check) in checks {
            let status = StateText.route53(isHealthy: check.isHealthy)
            let forced = m.isForcedFailing(check)
            let timing = "  \(Format.number(check.intervalSeconds)) s ×\(check.failureThreshold)"
            let tag = forced ? "  failed by hand" : ""
            let counts = " \(check.healthyCheckers)/\(check.checkers) "
            let statusText = wide ? "\(status.symbol) \(status.word)".padded(11) : status.symbol
            // The marks take what the other parts leave, newest at the right.
            let room = width - idWidth - 1 - DisplayWidth.of(statusText) - counts.count - timing.count - tag.count
            let rounds = check.history.suffix(max(0, room))
            var spans = [
                Span(check.id.padded(idWidth) + " ", style: t.text),
                Span(statusText, style: t.state(status.level)), Span(counts, style: t.textDim),
            ]
            for round in rounds {
                let passed = round.passingProbes * 2 > round.checkers
                spans.append(Span(passed ? "✓" : "✗", style: t.state(round.isHealthy ? .healthy : .critical)))
            }
            spans.append(Span(timing, style: t.textDim))
            if forced { spans.append(Span(tag, style: t.faultActive)) }
            result.append((spans, k))
        }
        return result
    }
}
