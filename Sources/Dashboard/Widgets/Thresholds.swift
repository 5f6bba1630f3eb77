/// Warn and critical levels that pick the style of a gauge or meter: ok, warn, crit.
public struct Thresholds: Sendable, Equatable, Hashable {
    /// Fraction (0...1) at or above which the value is a warning; nil for never.
    public var warn: Double?
    /// Fraction (0...1) at or above which the value is critical; nil for never.
    public var critical: Double?

    /// Creates thresholds.
    public init(warn: Double? = nil, critical: Double? = nil) {
        self.warn = warn
        self.critical = critical
    }

    /// No thresholds: always ok.
    public static let none = Thresholds()

    /// The style for `fraction` among the three given.
    public func style(for fraction: Double, ok: Style, warn warnStyle: Style, critical criticalStyle: Style)
        -> Style
    {
        if let critical, fraction >= critical { return criticalStyle }
        if let warn, fraction >= warn { return warnStyle }
        return ok
    }
}

/// The three styles a value can take.
public struct LevelStyles: Sendable, Equatable, Hashable {
    /// Below the warning level.
    public var ok: Style
    /// At or above the warning level.
    public var warn: Style
    /// At or above the critical level.
    public var critical: Style

    /// Creates the three styles.
    public init(ok: Style, warn: Style, critical: Style) {
        self.ok = ok
        self.warn = warn
        self.critical = critical
    }

    /// Green, yellow, red (ANSI), for tests and callers without a theme.
    public static let standard = LevelStyles(
        ok: Style(foreground: .ansi(2)), warn: Style(foreground: .ansi(3)),
        critical: Style(foreground: .ansi(1), attributes: .bold))

    /// The style for `fraction` under `thresholds`.
    public func style(for fraction: Double, thresholds: Thresholds) -> Style {
        thresholds.style(for: fraction, ok: ok, warn: warn, critical: critical)
    }
}
