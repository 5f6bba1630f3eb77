/// Durations as people write them on the command line and in scenario files.
public enum DurationText {
    /// Seconds from `90`, `90s`, `5m`, `1.5h`, `1d` or `250ms`; nil for anything else.
    public static func seconds(_ text: String) -> Double? { ScalarText.seconds(text) }
}
