/// The help overlay, generated from the keymap.
enum HelpOverlay {
    static func render(_ m: DashboardModel, into buffer: inout Buffer) {
        var lines: [[Span]] = []
        for section in m.keymap.sections {
            lines.append([Span(section.group, style: m.theme.overlayTitle)])
            for b in section.bindings {
                lines.append([Span("  " + b.label.padded(12), style: m.theme.statusBarKey), Span(b.help, style: m.theme.overlay)])
            }
        }
        lines.append([Span("Esc or ? closes this help", style: m.theme.textDim)])
        Popup.render(title: "Keys", lines: lines, model: m, into: &buffer)
    }
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
