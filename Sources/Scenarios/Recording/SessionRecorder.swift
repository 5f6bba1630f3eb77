import CloudSim
import Foundation

/// Keeps the recording of a dashboard session up to date on disk.
///
/// The file is written when the recorder is made (so a bad path fails before the dashboard
/// opens), again as soon as a command the person gave has applied, every `interval` wall
/// seconds while simulated time moves on (so `endTick` follows), and once more at the end. Each
/// write replaces the whole file atomically (a temporary file renamed over it): a crash leaves
/// the last complete version, never half a file. Use from one thread.
public final class SessionRecorder {
    /// Where the recording goes.
    public let path: String
    /// The recording as last brought up to date.
    public private(set) var recording: Recording
    /// How many entries of the simulation's command log have been looked at.
    public private(set) var logPosition = 0
    /// Why the last write failed, if it did (the dashboard cannot show it; the command reports it at exit).
    public private(set) var writeError: String?
    private let interval: Double
    private var lastWrite: Double
    private var writtenTick: Int

    /// Writes `recording` to `path` at once.
    ///
    /// - Parameters:
    ///   - interval: wall seconds between writes that only move `endTick` on.
    ///   - now: the current wall time in seconds (any fixed origin).
    /// - Throws: `RecordingWriteError` when the file cannot be written.
    public init(path: String, recording: Recording, interval: Double = 2, now: Double)
        throws(RecordingWriteError)
    {
        self.path = path
        self.recording = recording
        self.interval = interval
        lastWrite = now
        writtenTick = recording.endTick
        if let problem = write() { throw RecordingWriteError(path: path, reason: problem) }
    }

    /// Takes in the commands applied since `logPosition` (from the simulation's command log;
    /// only submitted ones are kept) and the tick the session has reached; writes when due.
    public func update(applied: [LoggedCommand], tick: Int, now: Double) {
        logPosition += applied.count
        let given = applied.filter { $0.origin == .submitted }.map {
            RecordedCommand(tick: $0.tick, command: $0.command)
        }
        recording.commands += given
        recording.endTick = max(recording.endTick, tick, recording.commands.last?.tick ?? 0)
        if !given.isEmpty || (recording.endTick != writtenTick && now - lastWrite >= interval) {
            writeError = write()
            lastWrite = now
        }
    }

    /// The last update and a final write.
    ///
    /// - Throws: `RecordingWriteError` when that write fails.
    public func finish(applied: [LoggedCommand], tick: Int) throws(RecordingWriteError) {
        logPosition += applied.count
        recording.commands += applied.filter { $0.origin == .submitted }.map {
            RecordedCommand(tick: $0.tick, command: $0.command)
        }
        recording.endTick = max(recording.endTick, tick, recording.commands.last?.tick ?? 0)
        if let problem = write() { throw RecordingWriteError(path: path, reason: problem) }
    }

    /// Writes the file; the reason on failure.
    private func write() -> String? {
        do {
            try Data(recording.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            writtenTick = recording.endTick
            return nil
        } catch let error as CocoaError {
            return Self.describe(error)
        } catch {
            return "\(error)"
        }
    }

    private static func describe(_ error: CocoaError) -> String {
        switch error.code {
        case .fileNoSuchFile, .fileWriteNoPermission, .fileWriteInvalidFileName:
            let posix = (error.userInfo[NSUnderlyingErrorKey] as? NSError).map {
                String(cString: strerror(Int32($0.code)))
            }
            return posix?.lowercased() ?? "the folder does not exist or is not writable"
        case .fileWriteOutOfSpace: return "the disk is full"
        default: return error.localizedDescription
        }
    }
}

/// A recording that could not be written.
public struct RecordingWriteError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What went wrong, in a few words.
    public var reason: String

    /// `cannot write the recording 'run.cloudtop': no such file or directory`.
    public var description: String { "cannot write the recording '\(path)': \(reason)" }
}
