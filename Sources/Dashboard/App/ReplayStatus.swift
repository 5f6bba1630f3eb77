/// What the dashboard knows about the recording it replays.
///
/// Keys that change the simulation stay live during a replay: the first one makes the run
/// diverge from the recording, and the title bar says so from then on.
public struct ReplayStatus: Sendable, Equatable {
    /// The recording's file name, as given.
    public var file: String
    /// The last tick of the recorded session.
    public var endTick: Int
    /// Simulated time of the first command given during the replay, once there is one.
    public var divergedAt: Double?

    /// Creates the status of a replay that has not diverged.
    public init(file: String, endTick: Int, divergedAt: Double? = nil) {
        self.file = file
        self.endTick = endTick
        self.divergedAt = divergedAt
    }

    /// `replay`, `replay · ended`, or `replay · diverged at 00:12:30`, for the title bar.
    public func label(tick: Int) -> String {
        if let t = divergedAt { return "replay · diverged at \(Format.clock(t))" }
        return tick >= endTick ? "replay · ended" : "replay"
    }
}
