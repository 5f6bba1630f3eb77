import CloudSim

/// Draws a whole frame from the model into a buffer: title bar, overview, panels, events,
/// status bar and overlays. Pure: same model, same cells.
public enum DashboardView {
    /// Renders the model into `buffer` (resized to the model's size by the caller).
    public static func render(_ model: DashboardModel, into buffer: inout Buffer) {
        buffer.reset()
        let t = model.theme
        let layout = DashboardLayout.compute(
            width: model.width, height: model.height, panels: model.panels, focus: model.focus,
            isZoomed: model.isZoomed)
        if layout.isTooSmall {
            tooSmall(model, into: &buffer)
            return
        }
        titleBar(model, in: layout.titleBar, into: &buffer)
        overview(model, in: layout.overview, into: &buffer)
        if !layout.tabs.isEmpty { tabs(model, in: layout.tabs, into: &buffer) }
        for (panel, area) in layout.panels {
            let ctx = PanelContext(model: model, theme: t, isFocused: panel == model.focus)
            switch panel {
            case .architecture: ArchitecturePanel.render(ctx, in: area, into: &buffer)
            case .scaling: ScalingPanel.render(ctx, in: area, into: &buffer)
            case .fleet: FleetPanel.render(ctx, in: area, into: &buffer)
            case .loadBalancer: LoadBalancerPanel.render(ctx, in: area, into: &buffer)
            case .cloudFront: CloudFrontPanel.render(ctx, in: area, into: &buffer)
            case .route53: Route53Panel.render(ctx, in: area, into: &buffer)
            case .cost: CostPanel.render(ctx, in: area, into: &buffer)
            case .events: EventsPanel.render(ctx, in: area, into: &buffer)
            case .queues: QueuesPanel.render(ctx, in: area, into: &buffer)
            case .topics: TopicsPanel.render(ctx, in: area, into: &buffer)
            case .serverless: ServerlessPanel.render(ctx, in: area, into: &buffer)
            case .containers: ContainersPanel.render(ctx, in: area, into: &buffer)
            case .beanstalk: BeanstalkPanel.render(ctx, in: area, into: &buffer)
            }
        }
        statusBar(model, in: layout.statusBar, into: &buffer)
        switch model.overlay {
        case .help: HelpOverlay.render(model, into: &buffer)
        case .menu(let menu): MenuOverlay.render(menu, model: model, into: &buffer)
        case nil: break
        }
    }

    private static func titleBar(_ m: DashboardModel, in area: Rect, into buffer: inout Buffer) {
        let t = m.theme
        let s = m.snapshot
        buffer.fill(area, with: Cell(" ", style: t.titleBar))
        var left = [
            Span(" cloudtop ", style: t.titleBarAccent), Span("· \(s.scenario) · seed \(s.seed) ", style: t.titleBar),
        ]
        if let replay = m.replay {
            left.append(Span("· ", style: t.titleBar))
            left.append(
                Span(replay.label(tick: s.tick) + " ", style: replay.divergedAt == nil ? t.titleBarAccent : t.stateWarning))
        }
        var right = [
            Span("T+" + Format.clock(s.time) + "  ", style: t.titleBar),
            Span(m.speed.description + "  ", style: t.titleBarAccent),
            Span(m.isPaused ? "❚❚ paused" : "▶ running", style: m.isPaused ? t.stateWarning : t.titleBar),
            Span(" ─ " + Format.dollars(s.cost.perHour) + "/h", style: t.titleBar),
        ]
        let faults = s.faults.count
        right.append(Span(" ─ \(faults) fault\(faults == 1 ? "" : "s") ", style: faults > 0 ? t.faultActive : t.titleBar))
        let used = buffer.write(left, x: area.x, y: area.y, maxWidth: area.width)
        let width = right.reduce(0) { $0 + $1.width }
        buffer.write(right, x: max(area.x + used, area.maxX - width), y: area.y, maxWidth: area.width - used)
    }

    private static func overview(_ m: DashboardModel, in area: Rect, into buffer: inout Buffer) {
        let t = m.theme
        let o = m.snapshot.overview
        let errorLevel: StateLevel = o.errorRate > 0.01 ? .critical : o.errorRate > 0 ? .warning : .healthy
        var spans = [
            Span(" " + Format.rate(o.rps) + " rps  ", style: t.textEmphasis),
            Span("p50 \(Format.millis(o.p50Millis))  p99 \(Format.millis(o.p99Millis))  ", style: t.text),
            Span("errors \(Format.percent(o.errorRate))  ", style: t.state(errorLevel)),
            Span("instances \(o.instancesInService)/\(o.instancesMax)  ", style: t.text),
            Span("spent \(Format.dollars(m.snapshot.cost.total))", style: t.textDim),
        ]
        // Captions narrate the entry beside them; "next ... caption" would say nothing.
        let next = m.snapshot.upcoming.first { entry in
            if case .caption = entry.command { return false }
            return true
        }
        if let next {
            let hint = Span("   next " + Format.clock(next.at) + " " + describe(next.command), style: t.textDim)
            // Only whole: a cut "next 00:1" reads as a broken number.
            if (spans + [hint]).reduce(0, { $0 + $1.width }) <= area.width { spans.append(hint) }
        }
        buffer.write(spans, x: area.x, y: area.y, maxWidth: area.width)
    }

    /// A command in a few words, for "next on the timeline".
    static func describe(_ c: Command) -> String {
        switch c {
        case .injectFault(let f): "\(f.kind.rawValue) \(f.target)"
        case .healAll: "heal all"
        case .heal(let kind, let target): "heal \(kind.rawValue) \(target)"
        case .setDesiredCapacity(let g, let n): "\(g) desired \(n)"
        case .adjustDesiredCapacity(let g, let d): "\(g) desired \(d >= 0 ? "+" : "")\(d)"
        case .setInstanceType(let target, let type): "\(target) → \(type)"
        case .setForwardWeights(let lb, _, _): "\(lb) weights"
        case .setTrafficMultiplier(let s, let f): "traffic \(s) x\(Format.fixed(f, decimals: 1))"
        case .setRecordWeight(let record, let weight): "\(record) weight \(weight)"
        case .setHealthCheckFailing(let id, let failing): "\(id) \(failing ? "fails" : "passes")"
        case .caption: "caption"
        case .deploy(let spec): "deploy \(spec.version) → \(spec.target)"
        }
    }

    private static func tabs(_ m: DashboardModel, in area: Rect, into buffer: inout Buffer) {
        let t = m.theme
        // Full titles when they fit in the row, else the short ones (eight panels at 80 columns).
        // Panels past the ninth have no number key (Tab reaches them), so no number either.
        func number(_ k: Int) -> String { k < 9 ? " \(k + 1)" : "" }
        let full = m.panels.enumerated().map { k, panel in "\(number(k)) \(panel.title) " }
        let titles =
            DisplayWidth.of(full.joined()) <= area.width
            ? full : m.panels.enumerated().map { k, panel in "\(number(k)) \(panel.shortTitle) " }
        var spans: [Span] = []
        for (panel, text) in zip(m.panels, titles) {
            spans.append(Span(text, style: panel == m.focus ? t.selection : t.textDim))
        }
        let focused = m.panels.firstIndex(of: m.focus) ?? 0
        spans = TabStrip.window(spans, focus: focused, width: area.width, style: t.textDim)
        // The longest hint that fits whole after the tabs (80 columns leave room for "Tab" only).
        let used = spans.reduce(0) { $0 + $1.width }
        let hints = ["  Tab: next panel", "  Tab: next", "  Tab"]
        if let hint = hints.first(where: { used + DisplayWidth.of($0) <= area.width }) {
            spans.append(Span(hint, style: t.textDim))
        }
        buffer.write(spans, x: area.x, y: area.y, maxWidth: area.width)
    }

    private static func statusBar(_ m: DashboardModel, in area: Rect, into buffer: inout Buffer) {
        let t = m.theme
        buffer.fill(area, with: Cell(" ", style: t.statusBar))
        var spans: [Span] = []
        if !m.queuedWhilePaused.isEmpty {
            let what = m.queuedWhilePaused.map(describe).joined(separator: ", ")
            spans.append(Span(" paused: next tick applies " + what + " ", style: t.stateWarning))
            spans.append(Span(" .", style: t.statusBarKey))
            spans.append(Span(" step ", style: t.statusBar))
        } else if let caption = m.snapshot.caption {
            spans.append(Span(" ▶ " + caption + " ", style: t.titleBarAccent))
        } else if !m.snapshot.faults.isEmpty {
            for f in m.snapshot.faults.prefix(3) {
                let left = f.remaining.map { " " + Format.duration($0) } ?? ""
                spans.append(Span(" FAULT \(f.spec.kind.rawValue) \(f.spec.target)\(left) ", style: t.faultActive))
            }
            spans.append(Span(" x", style: t.statusBarKey))
            spans.append(Span(" heal all ", style: t.statusBar))
        } else {
            // With something to deploy, `D` goes before zoom so 80 columns still show it.
            let middle =
                m.hasDeployTargets
                ? [("f", "faults"), ("D", "deploy"), ("enter", "zoom")]
                : [("enter", "zoom"), ("f", "faults")]
            let hints: [(String, String)] =
                [("?", "help"), ("space", "pause"), ("+/-", "speed"), ("tab", "focus")] + middle
                + [("x", "heal all"), ("t", "theme"), ("q", "quit")]
            // Whole hints only, and "q quit" always: leave out the middle ones that do not fit.
            func width(_ hint: (String, String)) -> Int {
                DisplayWidth.of(hint.0) + DisplayWidth.of(hint.1) + 3
            }
            let last = hints.count - 1
            var used = width(hints[last])
            for (k, hint) in hints.enumerated() where k == last || used + width(hint) <= area.width {
                if k < last { used += width(hint) }
                spans.append(Span(" " + hint.0, style: t.statusBarKey))
                spans.append(Span(" " + hint.1 + " ", style: t.statusBar))
            }
        }
        buffer.write(spans, x: area.x, y: area.y, maxWidth: area.width)
    }

    private static func tooSmall(_ m: DashboardModel, into buffer: inout Buffer) {
        let lines = [
            "terminal too small",
            "need \(DashboardLayout.minimumWidth)x\(DashboardLayout.minimumHeight), have \(m.width)x\(m.height)",
            "enlarge the window or press q",
        ]
        for (k, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            buffer.write(
                line, x: max(0, (m.width - width) / 2), y: max(0, m.height / 2 - 1) + k,
                style: k == 0 ? m.theme.stateWarning : m.theme.text)
        }
    }
}
