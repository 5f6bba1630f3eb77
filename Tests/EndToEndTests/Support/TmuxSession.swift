import Foundation
import Testing

/// One detached tmux session on a private server (`tmux -L cloudtop-e2e-<uuid>`, no config
/// file), so a test never touches anyone's own tmux and every server dies with its test.
///
/// Tests poll the pane for the text they expect, with a deadline, instead of sleeping.
final class TmuxSession {
    /// The tmux binary, or nil when tmux is not installed.
    static let tmuxPath = Command.which("tmux")

    /// A name unique to this session, also for files the test keeps beside it.
    let tag: String
    /// The private server's socket name.
    var socket: String { "cloudtop-e2e-" + tag }
    private let tmuxPath: String
    private let target = "e2e"
    private var isAlive = true
    private var serverPID: Int32?

    /// Why a session could not start.
    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `sh -c script` in a new detached session of the given size.
    init(width: Int, height: Int, script: String, tag: String = UUID().uuidString.lowercased()) throws {
        self.tag = tag
        guard let path = Self.tmuxPath else {
            throw StartFailure(
                description: "tmux is not installed (the end-to-end tests drive cloudtop inside tmux)")
        }
        tmuxPath = path
        let result = try tmux(
            [
                "new-session", "-d", "-x", String(width), "-y", String(height), "-s", target, "sh", "-c",
                script,
            ])
        guard result.status == 0 else {
            isAlive = false
            throw StartFailure(description: "tmux new-session failed (\(result.status)): \(result.error)")
        }
        serverPID = (try? tmux(["display-message", "-p", "#{pid}"])).flatMap {
            Int32($0.output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    deinit { kill() }

    /// Runs a tmux command against this session's server.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> Command.Result {
        try Command.run(tmuxPath, ["-L", socket, "-f", "/dev/null"] + arguments)
    }

    /// The visible pane, one line per row (empty if tmux could not be asked).
    func screen() -> String {
        (try? tmux(["capture-pane", "-p", "-t", target]))?.output ?? ""
    }

    /// Sends keys: tmux key names (`Escape`, `Tab`, `BTab`, `Up`, `C-c`, `Space`) or single characters.
    func send(_ keys: [String]) {
        _ = try? tmux(["send-keys", "-t", target, "--"] + keys)
    }

    /// Sends keys given as separate arguments.
    func send(_ keys: String...) { send(keys) }

    /// Types `text` literally.
    func type(_ text: String) {
        _ = try? tmux(["send-keys", "-t", target, "-l", "--", text])
    }

    /// Resizes the window (and so the pane) to `width` x `height`.
    func resize(width: Int, height: Int) {
        _ = try? tmux(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    /// The process id of the pane's shell.
    var panePID: Int32? {
        guard let out = try? tmux(["display-message", "-p", "-t", target, "#{pane_pid}"]).output else {
            return nil
        }
        return Int32(out.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The pid of the pane shell's child called `name` (e.g. `cloudtop`), if it runs.
    func childPID(named name: String) -> Int32? {
        guard let parent = panePID, let pgrep = Command.which("pgrep"),
            let result = try? Command.run(pgrep, ["-P", String(parent), "-x", name])
        else { return nil }
        return result.output.split(separator: "\n").compactMap { Int32($0) }.first
    }

    /// Polls the pane until `condition` holds for its text, or `timeout` seconds pass.
    ///
    /// Returns the matching screen; on timeout records an issue showing `what` and the last screen.
    @discardableResult
    func waitUntil(
        _ what: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        last = screen()
        if condition(last) { return last }
        Issue.record(
            Comment(rawValue: "waited \(Int(timeout)) s for \(what); the pane shows:\n\(last)"),
            sourceLocation: sourceLocation)
        return nil
    }

    /// Polls the pane until it shows `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation)
        -> String?
    {
        waitUntil("'\(text)'", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Stops the private server (and with it every process in the session); safe to call twice.
    func kill() {
        guard isAlive else { return }
        isAlive = false
        _ = try? tmux(["kill-server"])
        // Belt and braces: the server this session started must not outlive the test.
        guard let pid = serverPID else { return }
        let deadline = Date().addingTimeInterval(3)
        while Self.isRunning(pid) && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if Self.isRunning(pid) { _ = Foundation.kill(pid, SIGKILL) }
    }

    /// Whether `pid` is a live process (a zombie waiting to be reaped does not count).
    private static func isRunning(_ pid: Int32) -> Bool {
        guard Foundation.kill(pid, 0) == 0 else { return false }
        // Linux: the state letter follows the parenthesised command name in /proc/<pid>/stat.
        // (/proc files report size 0, so read to end-of-file rather than by size.)
        guard let file = FileHandle(forReadingAtPath: "/proc/\(pid)/stat") else { return true }
        defer { try? file.close() }
        let stat = String(decoding: file.readDataToEndOfFile(), as: UTF8.self)
        guard let close = stat.lastIndex(of: ")") else { return true }
        return !stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }
}
