/// What a key press asks the dashboard to do.
public enum Action: Sendable, Equatable, Hashable {
    /// Toggle the help overlay.
    case help
    /// Quit, restoring the terminal.
    case quit
    /// Pause or resume simulated time.
    case togglePause
    /// One tick forward while paused.
    case stepOnce
    /// Next speed up.
    case faster
    /// Next speed down.
    case slower
    /// Focus the next panel.
    case focusNext
    /// Focus the previous panel.
    case focusPrevious
    /// Focus the n-th present panel (1-based).
    case focusPanel(Int)
    /// Move the selection up.
    case selectUp
    /// Move the selection down.
    case selectDown
    /// Move the selection left.
    case selectLeft
    /// Move the selection right.
    case selectRight
    /// Zoom the focused panel.
    case zoom
    /// Leave zoom, close an overlay.
    case back
    /// Open the fault menu for the focused panel or selected resource.
    case faultMenu
    /// Clear every active fault.
    case healAll
    /// Next colour theme.
    case nextTheme
    /// Edit the event-log filter.
    case filterEvents
    /// Lower the selected group's desired capacity.
    case desiredDown
    /// Raise the selected group's desired capacity.
    case desiredUp
    /// Change the selected group's or instance's type (vertical scaling).
    case instanceTypeMenu
    /// Lower the selected weighted Route 53 record's weight by 10.
    case recordWeightDown
    /// Raise the selected weighted Route 53 record's weight by 10.
    case recordWeightUp
    /// Pick a weight (0, 50, 100, 200, 255) for the selected weighted record.
    case recordWeightMenu
    /// Make the selected Route 53 health check fail every probe, or stop doing so.
    case toggleHealthCheck
    /// Deploy a new version to the selected ECS service or Beanstalk environment (a menu of
    /// policies, good or broken builds).
    case deployMenu
}

/// One row of the keymap: keys, the action, its help group and words.
public struct KeyBinding: Sendable, Equatable {
    /// Keys that trigger it.
    public var keys: [Key]
    /// How the keys read in help (`space`, `+ / -`).
    public var label: String
    /// The action.
    public var action: Action
    /// Help section.
    public var group: String
    /// What it does, in a few words.
    public var help: String
}
