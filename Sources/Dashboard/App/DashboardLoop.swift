import CloudSim

/// The main loop: keys and resizes in, frames out, commands to the runner.
///
/// Call only from the main thread when the backend drives a real terminal. A frame is drawn
/// at the frame rate and right after every key press, so a key shows on screen at once.
public struct DashboardLoop<Backend: TerminalBackend> {
    /// The terminal.
    public var backend: Backend
    /// The model.
    public var model: DashboardModel
    private var screen: Screen
    private let runner: SimulationRunner
    private let frameMillis: Int

    /// Creates a loop over a backend and a running simulation.
    public init(backend: Backend, runner: SimulationRunner, model: DashboardModel, fps: Int) {
        self.backend = backend
        self.runner = runner
        self.model = model
        frameMillis = 1000 / max(1, min(60, fps))
        let size = backend.size
        screen = Screen(width: size.width, height: size.height)
        self.model.width = size.width
        self.model.height = size.height
    }

    /// Runs until quit, `shouldStop` returning true, or `maxFrames` frames (for tests);
    /// `afterFrame` runs after each frame is drawn (a recorder saves the session there).
    public mutating func run(shouldStop: () -> Bool = { false }, maxFrames: Int = .max, afterFrame: () -> Void = {}) {
        var frames = 0
        draw()
        while frames < maxFrames {
            if shouldStop() { return }
            if let key = backend.readKey(timeoutMillis: frameMillis) {
                if handle(key) { return }
                // Drain whatever else is waiting so a burst of keys costs one frame.
                var burst = 0
                while burst < 256, let more = backend.readKey(timeoutMillis: 0) {
                    if handle(more) { return }
                    burst += 1
                }
            }
            draw()
            afterFrame()
            frames += 1
        }
    }

    /// Handles one key; true when the program should quit.
    private mutating func handle(_ key: Key) -> Bool {
        if key == .resize { return false }
        for effect in model.update(.keyPressed(key)) {
            switch effect {
            case .quit: return true
            case .submit(let command): runner.submit(command)
            case .setSpeed(let speed): runner.setSpeed(speed)
            case .setPaused(let paused): runner.setPaused(paused)
            case .stepOnce: runner.stepOnce()
            }
        }
        return false
    }

    /// Takes the newest snapshot, follows the terminal size and presents a frame.
    public mutating func draw() {
        let size = backend.size
        if size.width != screen.width || size.height != screen.height {
            screen.resize(width: size.width, height: size.height)
            backend.clear()
            _ = model.update(.resized(width: size.width, height: size.height))
        }
        _ = model.update(.snapshotArrived(runner.latestSnapshot))
        DashboardView.render(model, into: &screen.buffer)
        screen.present(to: &backend)
    }
}
