/// The key bindings, as data: the help overlay is generated from the same table that handles
/// the keys. Destructive actions never sit on Ctrl-D / Ctrl-U.
public struct Keymap: Sendable {
    /// Every binding, in help order.
    public let bindings: [KeyBinding]

    /// The default bindings (UX.md's key table).
    public static let standard = Keymap(bindings: [
        KeyBinding(keys: [.character("?")], label: "?", action: .help, group: "General", help: "help (this overlay)"),
        KeyBinding(keys: [.character("q"), .ctrl("c")], label: "q, Ctrl-C", action: .quit, group: "General", help: "quit"),
        KeyBinding(keys: [.character("t")], label: "t", action: .nextTheme, group: "General", help: "next colour theme"),
        KeyBinding(keys: [.character(" ")], label: "space", action: .togglePause, group: "Time", help: "pause / resume"),
        KeyBinding(keys: [.character(".")], label: ".", action: .stepOnce, group: "Time", help: "step one tick (paused)"),
        KeyBinding(keys: [.character("+"), .character("=")], label: "+", action: .faster, group: "Time", help: "faster (up to x1000, max)"),
        KeyBinding(keys: [.character("-"), .character("_")], label: "-", action: .slower, group: "Time", help: "slower (down to x0.25)"),
        KeyBinding(keys: [.tab], label: "Tab", action: .focusNext, group: "Navigation", help: "focus next panel"),
        KeyBinding(keys: [.backTab], label: "Shift-Tab", action: .focusPrevious, group: "Navigation", help: "focus previous panel"),
        KeyBinding(
            keys: (1...9).map { .character(Character(String($0))) }, label: "1-9", action: .focusPanel(0),
            group: "Navigation", help: "jump to panel"),
        KeyBinding(keys: [.up, .character("k")], label: "↑ k", action: .selectUp, group: "Navigation", help: "select up"),
        KeyBinding(keys: [.down, .character("j")], label: "↓ j", action: .selectDown, group: "Navigation", help: "select down"),
        KeyBinding(keys: [.left, .character("h")], label: "← h", action: .selectLeft, group: "Navigation", help: "select left"),
        KeyBinding(keys: [.right, .character("l")], label: "→ l", action: .selectRight, group: "Navigation", help: "select right"),
        KeyBinding(keys: [.enter], label: "Enter", action: .zoom, group: "Navigation", help: "zoom the focused panel"),
        KeyBinding(keys: [.escape], label: "Esc", action: .back, group: "Navigation", help: "back / close overlay"),
        KeyBinding(keys: [.character("/")], label: "/", action: .filterEvents, group: "Navigation", help: "filter the event log"),
        KeyBinding(keys: [.character("f")], label: "f", action: .faultMenu, group: "Faults & capacity", help: "fault menu for selection"),
        KeyBinding(keys: [.character("x")], label: "x", action: .healAll, group: "Faults & capacity", help: "heal all faults"),
        KeyBinding(keys: [.character("[")], label: "[", action: .desiredDown, group: "Faults & capacity", help: "lower desired capacity"),
        KeyBinding(keys: [.character("]")], label: "]", action: .desiredUp, group: "Faults & capacity", help: "raise desired capacity"),
        KeyBinding(keys: [.character("v")], label: "v", action: .instanceTypeMenu, group: "Faults & capacity", help: "change instance type"),
        KeyBinding(keys: [.character("{")], label: "{", action: .recordWeightDown, group: "Route 53", help: "record weight -10"),
        KeyBinding(keys: [.character("}")], label: "}", action: .recordWeightUp, group: "Route 53", help: "record weight +10"),
        KeyBinding(keys: [.character("w")], label: "w", action: .recordWeightMenu, group: "Route 53", help: "record weight menu"),
        KeyBinding(keys: [.character("c")], label: "c", action: .toggleHealthCheck, group: "Route 53", help: "fail / restore check"),
        KeyBinding(keys: [.character("D")], label: "D", action: .deployMenu, group: "Deploy", help: "deploy a new version"),
    ])

    /// The action bound to a key, if any.
    public func action(for key: Key) -> Action? {
        if case .character(let c) = key, let n = c.wholeNumberValue, (1...9).contains(n) { return .focusPanel(n) }
        return bindings.first { $0.keys.contains(key) }?.action
    }

    /// Help sections in order, each with its bindings.
    public var sections: [(group: String, bindings: [KeyBinding])] {
        var order: [String] = []
        for b in bindings where !order.contains(b.group) { order.append(b.group) }
        return order.map { g in (g, bindings.filter { $0.group == g }) }
    }
}
