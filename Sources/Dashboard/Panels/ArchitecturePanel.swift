import CloudSim

/// The live architecture map: clients, load balancers and compute as boxes, joined by
/// arrows that carry the current request rate; box borders carry health. With an edge,
/// Route 53 zones and CloudFront distributions stand between the clients and the origins
/// (load balancers and buckets), see `ArchitecturePanel+Edge`; queues, topics, functions,
/// API stages, containers and Beanstalk join in `ArchitecturePanel+Async`.
enum ArchitecturePanel {
    struct Node {
        var key: String
        var title: String
        var detail: String
        var level: StateLevel
    }

    static func render(_ ctx: PanelContext, in area: Rect, into buffer: inout Buffer) {
        let inner = ctx.box("Architecture", in: area, into: &buffer)
        guard inner.width >= 30, inner.height >= 3 else { return }
        let s = ctx.model.snapshot
        let columns = nodes(s)
        let gap = inner.width >= 90 ? 9 : 6
        let nodeWidth = (inner.width - (columns.count - 1) * gap) / columns.count
        guard nodeWidth >= 4 else { return }
        var nodeHeight = inner.height >= 4 ? 4 : 3
        // A taller edge map trades each box's detail line for showing every box.
        let tallest = columns.map(\.count).max() ?? 0
        if columns.count > 3 || hasServices(s), tallest * nodeHeight > inner.height { nodeHeight = 3 }
        var positions: [String: Rect] = [:]
        var placed: [(Node, Rect)] = []
        for (c, column) in columns.enumerated() {
            for (k, node) in column.enumerated() {
                let rect = Rect(
                    x: inner.x + c * (nodeWidth + gap), y: inner.y + k * nodeHeight, width: nodeWidth, height: nodeHeight)
                guard rect.maxY <= inner.maxY else { continue }
                positions[node.key] = rect
                placed.append((node, rect))
            }
        }
        // Arrows before boxes, so one that skips a column (DNS straight to a load balancer)
        // passes behind its boxes; and long ones before short ones, which keep their heads.
        let all = links(s).map { ($0.0, $0.1, $0.2, false) } + serviceLinks(s)
        let arrows = all.compactMap { from, to, rate, isAsync -> (Rect, Rect, Double, Bool)? in
            guard let a = positions[from], let b = positions[to] else { return nil }
            return (a, b, rate, isAsync)
        }
        for isLong in [true, false] {
            for (a, b, rate, isAsync) in arrows where (b.x - a.maxX > gap) == isLong {
                arrow(
                    from: a, to: b, gap: gap, label: Format.rate(rate) + (isAsync ? "/s" : ""), isDashed: isAsync,
                    style: ctx.theme.mapFlow, into: &buffer)
            }
        }
        for (node, rect) in placed { draw(node, in: rect, ctx: ctx, into: &buffer) }
        if arrows.contains(where: \.3) { legend(in: inner, style: ctx.theme.textDim, into: &buffer) }
    }

    static func nodes(_ s: Snapshot) -> [[Node]] {
        let sources = s.traffic.map { t in
            Node(
                key: "src:\(t.name)", title: "◉ \(t.name)",
                detail: Format.rate(t.rps) + " rps" + (t.multiplier != 1 ? " x" + Format.fixed(t.multiplier, decimals: 1) : "")
                    + (t.byRegion.count > 1 ? " " + t.byRegion.map { Format.percent($0.rps / max(t.rps, 1e-9)) }.joined(separator: "/") : ""),
                level: t.multiplier > 1 ? .warning : .healthy)
        }
        let balancers = s.loadBalancers.map { lb in
            let errors = lb.http502 + lb.http503 + lb.http504 + lb.targetErrors
            let level: StateLevel = errors > 0.01 * max(1, lb.rps) ? .critical : errors > 0 ? .warning : .healthy
            return Node(
                key: "lb:\(lb.name)", title: "⇄ \(lb.name) \(lb.kind == .application ? "ALB" : "NLB")",
                detail: errors > 0 ? "5xx \(Format.rate(errors))/s" : "p99 \(Format.millis(lb.p99Millis))",
                level: level)
        }
        var compute = s.groups.map { g in
            let alarm = g.alarms.contains { $0.state == .alarm }
            let level: StateLevel = g.inService < g.desired ? (g.inService == 0 ? .critical : .warning) : alarm ? .warning : .healthy
            return Node(
                key: "asg:\(g.name)", title: "▦ \(g.name) ASG \(g.inService)/\(g.desired)",
                detail: "CPU \(Format.percent(g.cpu))" + (alarm ? " ALARM" : "") + (g.pending > 0 ? " +\(g.pending)" : ""),
                level: level)
        }
        for i in s.instances where i.group == nil {
            let st = StateText.instance(i)
            compute.append(
                Node(key: "i:\(i.id)", title: "▪ \(i.id) \(i.instanceType)", detail: "\(st.word) CPU \(Format.percent(i.cpu))", level: st.level))
        }
        var columns = [sources]
        if !s.route53.isEmpty { columns.append(s.route53.map(dnsNode)) }
        if !s.cloudFront.isEmpty { columns.append(s.cloudFront.map(cdnNode)) }
        guard hasServices(s) else { return columns + [balancers + s.buckets.map(bucketNode), compute] }
        // Services: empty columns would only push the boxes apart.
        let entry = balancers + s.buckets.map(bucketNode) + entryNodes(s)
        // Sources in the order of what they reach, so their arrows do not cross.
        let targetRow = Dictionary(
            s.traffic.map { t in
                let keys = [edgeKey(s, t.target) ?? "lb:\(t.target)", "api:\(t.target)", "topic:\(t.target)"]
                return ("src:\(t.name)", entry.firstIndex { keys.contains($0.key) } ?? -1)
            }, uniquingKeysWith: { first, _ in first })
        let ordered = sources.enumerated().sorted { a, b in
            let (ra, rb) = (targetRow[a.element.key] ?? -1, targetRow[b.element.key] ?? -1)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        columns[0] = ordered
        return (columns + [entry, compute + serviceNodes(s)] + asyncColumns(s)).filter { !$0.isEmpty }
    }

    static func links(_ s: Snapshot) -> [(String, String, Double)] {
        // A source's target may be a DNS name, a distribution, a bucket or a load balancer.
        var result = s.traffic.map { ("src:\($0.name)", edgeKey(s, $0.target) ?? "lb:\($0.target)", $0.rps) }
        result += edgeLinks(s)
        let owner = Dictionary(s.instances.map { ($0.id, $0.group.map { "asg:\($0)" } ?? "i:\($0.id)") }, uniquingKeysWith: { a, _ in a })
        for lb in s.loadBalancers {
            var rates: [String: Double] = [:]
            var order: [String] = []
            for target in lb.targetGroups.flatMap(\.targets) {
                guard let key = owner[target.instance] else { continue }
                if rates[key] == nil { order.append(key) }
                rates[key, default: 0] += target.rps
            }
            for key in order { result.append(("lb:\(lb.name)", key, rates[key] ?? 0)) }
        }
        return result
    }

    /// A box with the title and detail inside; a three-row box carries the title on its border.
    private static func draw(_ node: Node, in rect: Rect, ctx: PanelContext, into buffer: inout Buffer) {
        // Blank first: an arrow that skips a column passes behind this box.
        buffer.fill(rect, with: .blank)
        let isShort = rect.height < 4
        var box = ctx.theme.makeBox(title: isShort ? node.title : "")
        box.borderStyle = ctx.theme.state(node.level)
        box.titleStyle = ctx.theme.mapNode
        let inner = box.render(in: rect, into: &buffer)
        var y = inner.y
        if !isShort {
            buffer.write([Span(node.title, style: ctx.theme.mapNode)], x: inner.x, y: y, maxWidth: inner.width)
            y += 1
        }
        if y < inner.maxY {
            buffer.write([Span(node.detail, style: ctx.theme.state(node.level))], x: inner.x, y: y, maxWidth: inner.width)
        }
    }

    /// An arrow from the right edge of `a` to the left edge of `b`, bending once if needed, in
    /// the middle of the last gap (`gap` columns between boxes) before `b`.
    private static func arrow(
        from a: Rect, to b: Rect, gap: Int, label: String, isDashed: Bool = false, style: Style, into buffer: inout Buffer
    ) {
        let y0 = a.y + 1
        let y1 = b.y + 1
        let x0 = a.maxX
        let x1 = b.x - 1
        guard x1 > x0 else { return }
        let lastGap = min(x1 - x0, gap - 1)
        let bend = x1 - lastGap + lastGap / 2
        for x in x0..<x1 {
            let y = x < bend ? y0 : y1
            buffer[x, y] = Cell(isDashed ? "╌" : "─", style: style)
        }
        if y0 != y1 {
            let (top, bottom) = (min(y0, y1), max(y0, y1))
            for y in top...bottom { buffer[bend, y] = Cell(isDashed ? "╎" : "│", style: style) }
            buffer[bend, y0] = Cell(y1 > y0 ? "┐" : "┘", style: style)
            buffer[bend, y1] = Cell(y1 > y0 ? "└" : "┌", style: style)
        }
        buffer[x1, y1] = Cell("►", style: style)
        // The rate rides just above the arrow's first stretch; an arrow that skips a column
        // (DNS straight to a load balancer) goes unlabelled, as its label would sit on a neighbour's.
        guard x1 - x0 <= gap - 1 else { return }
        buffer.write(label, x: x0 + 1, y: y0 - 1, style: style, maxWidth: x1 - x0 - 1)
    }
}
