import CloudSim

/// One line of a pop-up menu: a key, what it does, and the command it sends.
public struct MenuOption: Sendable, Equatable {
    /// Key that picks it.
    public var key: Character
    /// What it does, in words.
    public var title: String
    /// The command sent when picked.
    public var command: Command
}

/// A pop-up menu (faults, instance types).
public struct Menu: Sendable, Equatable {
    /// Title on its border.
    public var title: String
    /// Options in display order.
    public var options: [MenuOption]

    /// Keys used for options, in order.
    static let keys: [Character] = Array("123456789abcdeghijklmnoprstuwyz")
}

/// Overlays drawn on top of the panels.
public enum Overlay: Sendable, Equatable {
    /// Every key binding, grouped.
    case help
    /// A menu of options.
    case menu(Menu)
}
