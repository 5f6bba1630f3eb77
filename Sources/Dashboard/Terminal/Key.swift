/// A key press (or a terminal happening delivered like one), independent of curses.
public enum Key: Sendable, Equatable, Hashable {
    /// A printable character.
    case character(Character)
    /// Control plus a letter (`ctrl("c")`).
    case ctrl(Character)
    /// Return / Enter.
    case enter
    /// Escape.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Delete.
    case delete
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Function key F1...F12.
    case function(Int)
    /// The terminal was resized.
    case resize
    /// Something we do not recognise (kept so a burst of junk never crashes anything).
    case unknown(Int32)
}
