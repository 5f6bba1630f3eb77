import CloudSim

/// Something that happened, delivered to `DashboardModel.update`.
public enum DashboardEvent: Sendable {
    /// The person pressed a key.
    case keyPressed(Key)
    /// A newer simulation snapshot is available.
    case snapshotArrived(Snapshot)
    /// The terminal now has this size.
    case resized(width: Int, height: Int)
    /// The runner's speed or pause state changed (echoed back for the title bar).
    case clockChanged(speed: Speed, isPaused: Bool)
}

/// Something the dashboard asks the outside world to do; `update` returns these as values.
public enum DashboardEffect: Sendable, Equatable {
    /// Hand a command to the simulation.
    case submit(Command)
    /// Change the speed.
    case setSpeed(Speed)
    /// Pause or resume.
    case setPaused(Bool)
    /// Run one tick.
    case stepOnce
    /// Leave the program.
    case quit
}
