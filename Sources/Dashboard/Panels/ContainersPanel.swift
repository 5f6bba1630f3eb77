import CloudSim

/// ECS services (desired / running / pending, tasks by state, deployments with their rollout
/// state) and EKS clusters (nodes and pod slots; per deployment replicas, Ready, starting,
/// Pending and the HPA's latest decision). Up/down selects a service or cluster (the target of
/// `f` and `D`); the list scrolls to keep it in view.
enum ContainersPanel {
    /// A line of the panel and the selectable row it heads, if any.
    typealias Line = (spans: [Span], row: Int?)

    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let m = ctx.model
        let rows = m.containerRows
        guard !rows.isEmpty else { return }
        let index = min(m.selected(.containers), rows.count - 1)
        let inner = ctx.box(
            "Containers", trailing: rows.count > 1 ? "\(index + 1)/\(rows.count) ↑↓" : "", in: area,
            into: &buffer)
        guard !inner.isEmpty else { return }
        let t = ctx.theme
        var lines: [Line] = []
        for (k, row) in rows.enumerated() {
            switch row {
            case .service(let service): lines += serviceLines(service, row: k, t)
            case .cluster(let cluster): lines += clusterLines(cluster, row: k, t)
            }
        }
        // Scroll so the selected row's first line shows, one line of context above it.
        let head = lines.firstIndex { $0.row == index } ?? 0
        let first = head < inner.height ? 0 : min(head - 1, max(0, lines.count - inner.height))
        for (n, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + n
            buffer.write(line.spans, x: inner.x, y: y, maxWidth: inner.width)
            if ctx.isFocused, line.row == index {
                buffer.setStyle(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: t.selection)
            }
        }
    }

    /// A service: its counts, tasks by state, its deployments.
    static func serviceLines(_ s: ECSServiceSnapshot, row: Int, _ t: ThemeStyles) -> [Line] {
        let level: StateLevel =
            s.running == 0 && s.desired > 0 ? .critical : s.healthy < s.desired ? .warning : .healthy
        var lines: [Line] = [
            (
                [
                    Span("▥ \(s.name) ", style: t.textEmphasis), Span("ECS  ", style: t.textDim),
                    Span("desired \(s.desired)  ", style: t.text),
                    Span("running \(s.running)", style: t.state(level)),
                    Span("  pending \(s.pending)", style: s.pending > 0 ? t.statePending : t.textDim),
                    Span("  healthy \(s.healthy)", style: t.state(level)),
                    Span("  CPU \(Format.percent(s.cpuUtilization / 100))", style: t.textDim),
                ], row
            )
        ]
        var states: [Span] = []
        if s.waitingForCapacity > 0 {
            states.append(Span("  \(s.waitingForCapacity) waiting for capacity", style: t.stateWarning))
        }
        if s.starting > 0 { states.append(Span("  \(s.starting) starting", style: t.statePending)) }
        if s.stopping > 0 { states.append(Span("  \(s.stopping) stopping", style: t.stateStopped)) }
        if !states.isEmpty { lines.append(([Span("  tasks", style: t.textDim)] + states, nil)) }
        for d in [s.primary] + s.older where s.isDeploying || d.rolloutState != .completed || !s.older.isEmpty
        {
            lines.append((deploymentSpans(d, isPrimary: d == s.primary, t), nil))
        }
        if s.isDeploying {
            lines.append(
                (
                    [
                        Span(
                            "  keeps ≥ \(s.minimumHealthy) healthy, ≤ \(s.maximumTasks) tasks",
                            style: t.textDim)
                    ], nil
                ))
        }
        return lines
    }

    /// One deployment: revision, rollout state, tasks.
    static func deploymentSpans(_ d: ECSServiceSnapshot.Deployment, isPrimary: Bool, _ t: ThemeStyles)
        -> [Span]
    {
        let level: StateLevel =
            switch d.rolloutState {
            case .completed: .healthy
            case .inProgress: .pending
            case .failed: .critical
            }
        return [
            Span(isPrimary ? "  ▸ " : "    ", style: t.textDim), Span(d.taskDefinition + " ", style: t.text),
            Span(d.rolloutState.rawValue, style: t.state(level)),
            Span("  \(d.liveTasks) tasks, \(d.healthyTasks) healthy", style: t.text),
            Span(d.failedTasks > 0 ? "  \(d.failedTasks) failed" : "", style: t.stateCritical),
            Span(d.isRollback ? "  rollback" : "", style: t.stateWarning),
        ]
    }

    /// A cluster: nodes and pod slots, then each deployment with its HPA's latest decision.
    static func clusterLines(_ c: EKSClusterSnapshot, row: Int, _ t: ThemeStyles) -> [Line] {
        let full = c.podSlots > 0 && c.podsOnNodes >= c.podSlots
        var lines: [Line] = [
            (
                [
                    Span("☸ \(c.name) ", style: t.textEmphasis), Span("EKS  ", style: t.textDim),
                    Span("nodes \(c.nodes)  ", style: t.text),
                    Span("pods \(c.podsOnNodes)/\(c.podSlots) slots", style: full ? t.stateWarning : t.text),
                ], row
            )
        ]
        for d in c.deployments {
            let level: StateLevel =
                d.ready == 0 && d.replicas > 0 ? .critical : d.ready < d.replicas ? .warning : .healthy
            lines.append(
                (
                    [
                        Span("  \(d.name) ", style: t.text), Span("replicas \(d.replicas)  ", style: t.text),
                        Span("ready \(d.ready)", style: t.state(level)),
                        Span("  starting \(d.starting)", style: d.starting > 0 ? t.statePending : t.textDim),
                        Span("  pending \(d.pending)", style: d.pending > 0 ? t.stateWarning : t.textDim),
                        Span("  CPU \(Format.percent(d.cpuUtilization / 100))", style: t.textDim),
                    ], nil
                ))
            if let h = d.hpaDecisions.last {
                let change =
                    h.desiredReplicas == h.currentReplicas
                    ? "stays at \(h.desiredReplicas)" : "\(h.currentReplicas) → \(h.desiredReplicas)"
                lines.append(
                    (
                        [
                            Span("    HPA \(Format.clock(h.time)) ", style: t.textDim),
                            Span(
                                "CPU \(Format.percent(h.metric / 100)) / target \(Format.percent(h.target / 100)): ",
                                style: t.text),
                            Span(
                                change,
                                style: h.desiredReplicas == h.currentReplicas ? t.textDim : t.textEmphasis),
                        ], nil
                    ))
            }
        }
        return lines
    }
}
