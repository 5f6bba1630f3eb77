import Dashboard

/// How the user wants colour handled, before the terminal is asked what it supports.
public enum ColorMode: Sendable, Equatable {
    /// Use what the terminal supports, unless `NO_COLOR` is set (to anything non-empty).
    case automatic
    /// No colour at all (`--no-color`); attributes such as bold and reverse remain.
    case disabled
    /// Use at most this level, still limited by the terminal.
    case limited(ColorSupport)
}
