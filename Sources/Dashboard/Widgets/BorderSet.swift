/// The characters of a box border, including the tees used to join panels.
public struct BorderSet: Sendable, Equatable, Hashable {
    /// ─
    public var horizontal: Character
    /// │
    public var vertical: Character
    /// ┌
    public var topLeft: Character
    /// ┐
    public var topRight: Character
    /// └
    public var bottomLeft: Character
    /// ┘
    public var bottomRight: Character
    /// ├ (a divider meeting the left edge)
    public var teeLeft: Character
    /// ┤ (a divider meeting the right edge)
    public var teeRight: Character

    /// Creates a border set from its eight characters.
    public init(
        horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
        bottomLeft: Character, bottomRight: Character, teeLeft: Character, teeRight: Character
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.teeLeft = teeLeft
        self.teeRight = teeRight
    }

    /// Thin lines with square corners: ─│┌┐└┘├┤.
    public static let plain = BorderSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", teeLeft: "├", teeRight: "┤")
    /// Thin lines with rounded corners: ─│╭╮╰╯├┤.
    public static let rounded = BorderSet(
        horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮",
        bottomLeft: "╰", bottomRight: "╯", teeLeft: "├", teeRight: "┤")
    /// Heavy lines: ━┃┏┓┗┛┣┫.
    public static let heavy = BorderSet(
        horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓",
        bottomLeft: "┗", bottomRight: "┛", teeLeft: "┣", teeRight: "┫")
    /// Double lines: ═║╔╗╚╝╠╣.
    public static let double = BorderSet(
        horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗",
        bottomLeft: "╚", bottomRight: "╝", teeLeft: "╠", teeRight: "╣")
    /// Plain ASCII, for terminals without box drawing: -|++++++.
    public static let ascii = BorderSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", teeLeft: "+", teeRight: "+")
}
