import CloudSim

/// One Elastic Beanstalk environment: health colour and enhanced status, the version it runs,
/// the current or last deployment batch by batch, the error rate while a broken version
/// serves, instances by version and state, and in-service capacity over time. Up/down picks
/// the environment when there are several.
enum BeanstalkPanel {
    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let all = ctx.model.snapshot.beanstalk
        guard let e = ctx.model.selectedEnvironment else { return }
        let index = min(ctx.model.selected(.beanstalk), all.count - 1)
        let inner = ctx.box(
            "Beanstalk (\(e.name))", trailing: all.count > 1 ? "\(index + 1)/\(all.count) ↑↓" : "", in: area,
            into: &buffer)
        guard !inner.isEmpty else { return }
        let t = ctx.theme
        var y = inner.y
        func line(_ spans: [Span]) {
            guard y < inner.maxY else { return }
            buffer.write(spans.fitting(inner.width), x: inner.x, y: y, maxWidth: inner.width)
            y += 1
        }
        let color = StateText.beanstalk(e.basicHealth)
        let status = StateText.beanstalk(e.status.color)
        line([
            Span("\(color.symbol) \(e.basicHealth.rawValue)", style: t.state(color.level)),
            Span("  \(e.status.rawValue)", style: t.state(status.level)),
            Span("  running ", style: t.textDim), Span(e.currentVersion, style: t.textEmphasis),
            Span("  in service \(e.capacityInService)", style: t.text),
            Span(e.failingInService > 0 ? "  failing \(e.failingInService)" : "", style: t.stateCritical),
        ])
        if let d = e.deployment {
            line(deploymentLine(d, t))
            line(batchSpans(d, t))
        }
        if e.failingTrafficShare > 0 || e.deployment?.status == .inProgress {
            let level: StateLevel =
                e.failingTrafficShare > 0.01 ? .critical : e.failingTrafficShare > 0 ? .warning : .healthy
            line([
                Span("errors ", style: t.textDim),
                Span(Format.percent(e.failingTrafficShare), style: t.state(level)),
                Span(" of requests fail", style: t.textDim),
                Span(shares(e), style: t.text),
            ])
        }
        for version in versions(e) {
            let counts = e.instances.filter { $0.version == version }
            var spans = [
                Span(version.padded(8), style: version == e.currentVersion ? t.textEmphasis : t.text)
            ]
            for c in counts {
                let st = StateText.beanstalk(c.state)
                spans.append(Span(" \(st.symbol) \(c.count) \(st.word)", style: t.state(st.level)))
            }
            line(spans)
        }
        let sparkHeight = min(5, inner.maxY - y)
        guard sparkHeight >= 1 else { return }
        let label = "capacity "
        buffer.write(label, x: inner.x, y: y + sparkHeight - 1, style: t.textDim, maxWidth: inner.width)
        let values = e.capacityHistory.map { $0.isFinite ? $0 : 0 } + [Double(e.capacityInService)]
        let width = max(0, inner.width - label.count)
        t.makeSparkline(Array(values.suffix(width)))
            .render(
                in: Rect(x: inner.x + label.count, y: y, width: width, height: sparkHeight), into: &buffer)
    }

    /// Version, policy, status and where it is.
    static func deploymentLine(_ d: BeanstalkDeployment, _ t: ThemeStyles) -> [Span] {
        let (word, level): (String, StateLevel) =
            switch d.status {
            case .inProgress: ("in progress", .pending)
            case .succeeded: ("succeeded", .healthy)
            case .failed: ("failed", .critical)
            case .rolledBack: ("rolled back", .warning)
            }
        let done = d.batches.filter { $0.status == .succeeded }.count
        var position = "batch \(min(d.batches.count, (d.currentBatch ?? done) + 1)) of \(d.batches.count)"
        if d.phase == .evaluating { position = "evaluating the split" }
        if d.phase == .cleaningUp { position = "cleaning up" }
        return [
            Span("deploy ", style: t.textDim),
            Span("\(d.previousVersion) → \(d.version) ", style: t.textEmphasis),
            Span(d.policy.name + "  ", style: t.text), Span(word, style: t.state(level)),
            Span(d.status == .inProgress ? "  " + position : "", style: t.text),
        ]
    }

    /// Batches in order: ✓ done, ▶ working, × failed, · waiting, with their instance counts.
    static func batchSpans(_ d: BeanstalkDeployment, _ t: ThemeStyles) -> [Span] {
        [Span("batches", style: t.textDim)]
            + d.batches.map { b in
                let (symbol, level): (String, StateLevel) =
                    switch b.status {
                    case .waiting: ("·", .stopped)
                    case .inProgress: ("▶", .pending)
                    case .succeeded: ("✓", .healthy)
                    case .failed: ("×", .critical)
                    }
                let kind = b.kind == .additional ? "+" : b.kind == .newFleet ? "new " : ""
                return Span(" \(symbol) \(kind)\(b.instances)", style: t.state(level))
            }
    }

    /// Versions in the order the instance counts list them, the one running first.
    static func versions(_ e: BeanstalkEnvironmentSnapshot) -> [String] {
        var order: [String] = []
        for c in e.instances where !order.contains(c.version) { order.append(c.version) }
        return order.sorted { a, b in (a == e.currentVersion ? 0 : 1, a) < (b == e.currentVersion ? 0 : 1, b)
        }
    }

    /// Traffic share per version, when more than one version serves.
    static func shares(_ e: BeanstalkEnvironmentSnapshot) -> String {
        let serving = e.trafficShare.filter { $0.value > 0 }
        guard serving.count > 1 else { return "" }
        return "  traffic "
            + serving.keys.sorted().map { "\($0) \(Format.percent(serving[$0] ?? 0))" }.joined(separator: " ")
    }
}
