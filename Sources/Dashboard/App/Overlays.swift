/// The help overlay, generated from the keymap.
///
/// When one column is too tall for the screen (80x24 has room for 20 lines) the sections
/// flow into two columns, split between sections, so every binding stays visible; if no
/// split between sections is short enough, the split falls inside a section.
enum HelpOverlay {
    static func render(_ m: DashboardModel, into buffer: inout Buffer) {
        let labelWidth = (m.keymap.bindings.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
        // Keys for parts the scenario lacks (deploying without a service) stay out.
        let offered = m.keymap.sections.compactMap { section in
            let bindings = section.bindings.filter { m.offers($0.action) }
            return bindings.isEmpty ? nil : (group: section.group, bindings: bindings)
        }
        let sections: [[[Span]]] = offered.map { section in
            [[Span(section.group, style: m.theme.overlayTitle)]]
                + section.bindings.map { b in
                    [
                        Span(" " + b.label.padded(labelWidth), style: m.theme.statusBarKey),
                        Span(b.help, style: m.theme.overlay),
                    ]
                }
        }
        var lines = sections.flatMap { $0 }
        if lines.count + 3 > m.height - 2, sections.count > 1 {
            let splits = 1..<sections.count
            let split =
                splits.min { columnHeight(sections, split: $0) < columnHeight(sections, split: $1) } ?? 1
            var left = sections[..<split].flatMap { $0 }
            var right = sections[split...].flatMap { $0 }
            // Still too tall: split inside a section, halfway, never right after a heading.
            if max(left.count, right.count) + 3 > m.height - 2 {
                let all = left + right
                var headings: Set<Int> = []
                var start = 0
                for section in sections {
                    headings.insert(start)
                    start += section.count
                }
                var half = (all.count + 1) / 2
                if headings.contains(half - 1) { half -= 1 }
                left = Array(all[..<half])
                right = Array(all[half...])
            }
            let leftWidth = (left.map(width).max() ?? 0) + 2
            lines = (0..<max(left.count, right.count)).map { k in
                let l = k < left.count ? left[k] : []
                let gap = Span(String(repeating: " ", count: leftWidth - width(l)), style: m.theme.overlay)
                return l + [gap] + (k < right.count ? right[k] : [])
            }
        }
        lines.append([Span("Esc or ? closes this help", style: m.theme.textDim)])
        Popup.render(title: "Keys", lines: lines, model: m, into: &buffer)
    }

    /// Lines of the taller column when the sections before `split` go left.
    private static func columnHeight(_ sections: [[[Span]]], split: Int) -> Int {
        max(sections[..<split].reduce(0) { $0 + $1.count }, sections[split...].reduce(0) { $0 + $1.count })
    }

    private static func width(_ line: [Span]) -> Int { line.reduce(0) { $0 + $1.width } }
}

/// A menu overlay: one key per option.
enum MenuOverlay {
    static func render(_ menu: Menu, model m: DashboardModel, into buffer: inout Buffer) {
        var lines = menu.options.map { o in
            [Span(" \(o.key)  ", style: m.theme.statusBarKey), Span(o.title, style: m.theme.overlay)]
        }
        if lines.isEmpty { lines = [[Span("nothing applies here", style: m.theme.textDim)]] }
        lines.append([Span("Esc closes", style: m.theme.textDim)])
        Popup.render(title: menu.title, lines: lines, model: m, into: &buffer)
    }
}

/// A centred box of lines over the panels (lines that do not fit are cut).
enum Popup {
    static func render(title: String, lines: [[Span]], model m: DashboardModel, into buffer: inout Buffer) {
        let widest = lines.map { $0.reduce(0) { $0 + $1.width } }.max() ?? 0
        let width = min(m.width - 2, max(widest, DisplayWidth.of(title) + 4) + 4)
        let height = min(m.height - 2, lines.count + 2)
        guard width > 4, height > 2 else { return }
        let area = Rect(x: (m.width - width) / 2, y: (m.height - height) / 2, width: width, height: height)
        buffer.fill(area, with: Cell(" ", style: m.theme.overlay))
        var box = m.theme.makeBox(title: title, isFocused: true)
        box.borderStyle = m.theme.overlayBorder
        box.focusedBorderStyle = m.theme.overlayBorder
        box.titleStyle = m.theme.overlayTitle
        let inner = box.render(in: area, into: &buffer)
        for (k, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.y + k, maxWidth: inner.width - 1)
        }
    }
}
