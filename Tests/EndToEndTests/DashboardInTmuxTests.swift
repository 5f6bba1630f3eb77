import CloudSim
import Foundation
import Testing

/// The real `cloudtop` binary in a real terminal (tmux), driven with keys and signals.
///
/// Each test runs `sh -c 'cloudtop ...; echo EXIT=$?; stty -a; sleep 60'` in its own tmux
/// server, so after cloudtop ends the pane shows its exit status and the terminal modes it
/// left behind. Serialized: the machine is shared and each test starts a full dashboard.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct DashboardInTmuxTests {
    static let panels = ["Architecture", "Scaling", "Fleet", "Load balancer", "Cost", "Events"]

    /// Starts cloudtop in a fresh tmux session, or records why it cannot.
    func launch(width: Int = 160, height: Int = 48, prefix: String = "", arguments: String = "")
        -> TmuxSession?
    {
        guard TmuxSession.tmuxPath != nil else {
            Issue.record("tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
            return nil
        }
        guard let binary = Command.cloudtopBinary else {
            Issue.record("no cloudtop binary under \(Command.packageRoot.path)/.build: run swift build first")
            return nil
        }
        // A sanitizer build (swift test --sanitize=thread) reports into a file, not over the screen.
        let tag = UUID().uuidString.lowercased()
        let script =
            "TSAN_OPTIONS='log_path=\(Self.sanitizerLog(tag))' \(prefix) '\(binary.path)' \(arguments); "
            + "echo EXIT=$?; stty -a; sleep 60"
        do {
            return try TmuxSession(width: width, height: height, script: script, tag: tag)
        } catch {
            Issue.record("could not start tmux: \(error)")
            return nil
        }
    }

    /// Where a ThreadSanitizer build of cloudtop started by session `tag` writes (`<path>.<pid>`).
    static func sanitizerLog(_ tag: String) -> String {
        FileManager.default.temporaryDirectory.path + "/cloudtop-e2e-tsan-" + tag
    }

    /// Ends the session, then records any ThreadSanitizer report its cloudtop wrote (the file stays).
    func finish(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        session.kill()
        let prefix = Self.sanitizerLog(session.tag)
        let directory = (prefix as NSString).deletingLastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where (directory + "/" + name).hasPrefix(prefix + ".") {
            let path = directory + "/" + name
            let report = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let summaries = report.split(separator: "\n").filter { $0.hasPrefix("SUMMARY:") }
            Issue.record(
                Comment(
                    rawValue: "cloudtop under ThreadSanitizer reported:\n" + summaries.joined(separator: "\n")
                        + "\nfull report: \(path)"),
                sourceLocation: sourceLocation)
        }
    }

    /// Starts cloudtop on `web-app` (the tests below know its eight panels) and waits for them.
    private func launchDashboard() -> TmuxSession? {
        guard let session = launch(arguments: "dash web-app") else { return nil }
        guard session.waitUntil("every panel", { screen in Self.panels.allSatisfy(screen.contains) }) != nil
        else {
            session.kill()
            return nil
        }
        return session
    }

    /// The `T+hh:mm:ss` clock on the title bar, as seconds.
    func clock(_ screen: String) -> Int? {
        guard let title = screen.split(separator: "\n").first,
            let range = title.range(of: #"T\+\d\d:\d\d:\d\d"#, options: .regularExpression)
        else { return nil }
        let parts = title[range].dropFirst(2).split(separator: ":").compactMap { Int($0) }
        return parts.count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : nil
    }

    /// After cloudtop ended: the exit status it printed and whether `stty -a` shows cooked mode.
    func expectExitedCleanly(
        _ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        session.waitFor("EXIT=0", sourceLocation: sourceLocation)
        guard
            let screen = session.waitUntil(
                "stty -a output", sourceLocation: sourceLocation, { $0.contains("icanon") })
        else { return }
        let words = Set(
            screen.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(words.contains("echo"), "echo is off after cloudtop quit", sourceLocation: sourceLocation)
        #expect(
            words.contains("icanon"), "canonical mode is off after cloudtop quit",
            sourceLocation: sourceLocation)
        #expect(
            words.contains("icrnl"), "CR->NL mapping is off after cloudtop quit",
            sourceLocation: sourceLocation)
        #expect(
            session.childPID(named: "cloudtop") == nil, "cloudtop still runs", sourceLocation: sourceLocation)
    }

    @Test func startsWithEveryPanelOfTheDefaultScenario() throws {
        let session = try #require(launch())
        defer { finish(session) }
        let shown = ["Architecture", "Scaling", "Queues", "Serverless", "Containers", "Events"]
        let screen = try #require(session.waitUntil("the showcase's panels") { s in shown.allSatisfy(s.contains) })
        #expect(screen.contains("cloudtop · showcase · seed 42"))
        for tab in ["Route 53", "Topics", "Beanstalk", "Cost"] {
            #expect(screen.contains(tab), "the tab strip names \(tab)")
        }
        #expect(screen.contains("▶ running"))
        #expect(screen.contains("? help"))
    }

    @Test func questionMarkOpensHelpAndEscapeClosesIt() throws {
        let session = try #require(launchDashboard())
        defer { finish(session) }
        session.send("?")
        let help = session.waitFor("Esc or ? closes this help")
        #expect(help?.contains("Keys") == true)
        #expect(help?.contains("heal all faults") == true)
        session.send("Escape")
        session.waitUntil("help to close") {
            !$0.contains("Esc or ? closes this help") && $0.contains("Events")
        }
    }

    @Test func spacePausesTheClockDotStepsItAndSpaceResumes() throws {
        let session = try #require(launchDashboard())
        defer { finish(session) }
        session.send("Space")
        // Faster while paused, so any leak of time would move the clock quickly.
        session.send("+", "+", "+")
        let paused = try #require(
            session.waitUntil("paused at x300") { $0.contains("paused") && $0.contains("x300") })
        let frozen = try #require(clock(paused))
        // Open and close help: real time passes, simulated time must not.
        session.send("?")
        session.waitFor("Esc or ? closes this help")
        #expect(clock(session.screen()) == frozen)
        session.send("Escape")
        session.waitUntil("help to close") { !$0.contains("Esc or ? closes this help") }
        #expect(clock(session.screen()) == frozen)
        // Twenty ticks of 100 ms are exactly two simulated seconds.
        session.send(Array(repeating: ".", count: 20))
        session.waitUntil("the clock to move two seconds from \(frozen)") { clock($0) == frozen + 2 }
        #expect(session.screen().contains("paused"))
        session.send("Space")
        session.waitUntil("the clock to run again") {
            $0.contains("running") && (clock($0) ?? 0) > frozen + 2
        }
    }

    @Test func faultFromTheMenuShowsInEventsAndTheTitleAndHealAllClearsIt() throws {
        let session = try #require(launchDashboard())
        defer { finish(session) }
        session.send("2", "f")
        let menu = try #require(session.waitFor("Inject a fault"))
        let terminate = try #require(menuKey(in: menu, for: "ec2:terminate-instance web"))
        session.send(terminate)
        session.waitFor("inject ec2:terminate-instance on web")
        session.waitUntil("the menu to close") { !$0.contains("Inject a fault") }
        session.send("f")
        let again = try #require(session.waitFor("Inject a fault"))
        let latency = try #require(menuKey(in: again, for: "net:latency web"))
        session.send(latency)
        session.waitUntil("one active fault in the title and status bar") {
            title($0).hasSuffix("─ 1 fault") && $0.contains("FAULT net:latency web")
        }
        session.waitFor("fault net:latency on web")
        session.send("x")
        session.waitUntil("no active faults") {
            title($0).hasSuffix("─ 0 faults") && !$0.contains("FAULT net:latency")
        }
        session.waitFor("heal all (1 active)")
    }

    /// The title bar (first row), trailing spaces trimmed as tmux prints them.
    func title(_ screen: String) -> String {
        String(screen.split(separator: "\n", maxSplits: 1).first ?? "")
    }

    /// The key of the menu option whose title starts with `title`.
    func menuKey(in screen: String, for title: String) -> String? {
        for line in screen.split(separator: "\n") {
            guard let range = line.range(of: "  " + title) else { continue }
            let before = line[..<range.lowerBound]
            if let key = before.last, key != " " { return String(key) }
        }
        Issue.record("no menu option '\(title)' in:\n\(screen)")
        return nil
    }

    @Test func resizingAdaptsTheLayoutAndComesBack() throws {
        let session = try #require(launchDashboard())
        defer { finish(session) }
        session.resize(width: 80, height: 24)
        session.waitUntil("the compact layout with a tab strip") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            // The default scenario has eight panels: the strip shortens Architecture to Map.
            return lines.count >= 3 && lines[2].contains("1 Map") && lines[2].contains("5 CloudFront")
                && lines[2].contains("8 Events")
        }
        session.resize(width: 40, height: 12)
        session.waitFor("terminal too small")
        session.waitFor("need 80x24, have 40x12")
        session.resize(width: 160, height: 48)
        session.waitUntil("every panel again") { screen in
            Self.panels.allSatisfy(screen.contains) && !screen.contains("terminal too small")
        }
        #expect(session.childPID(named: "cloudtop") != nil)
    }

    @Test func qQuitsAndRestoresTheTerminal() throws {
        let session = try #require(launchDashboard())
        defer { finish(session) }
        session.send("q")
        expectExitedCleanly(session)
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
        let session = try #require(launchDashboard())
        defer { finish(session) }
        session.send("C-c")
        expectExitedCleanly(session)
    }

    @Test func sigtermQuitsAndRestoresTheTerminal() throws {
        let session = try #require(launchDashboard())
        defer { finish(session) }
        let pid = try #require(session.childPID(named: "cloudtop"))
        #expect(kill(pid, SIGTERM) == 0)
        expectExitedCleanly(session)
    }

    @Test func aBurstOfRandomKeysLeavesItAliveAndResponsive() throws {
        let session = try #require(launchDashboard())
        defer { finish(session) }
        var random = SimRandom(seed: 2024)
        // Printable keys except q (quit) and ';' (a tmux command separator), plus special keys;
        // never Ctrl-C, Ctrl-Z or Ctrl-\.
        let printable =
            "abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{}<>,./?:'\"`~| "
            .map { $0 == " " ? "Space" : String($0) }
        let special = [
            "Up", "Down", "Left", "Right", "Tab", "BTab", "Escape", "Enter", "BSpace", "Home", "PPage",
        ]
        let pool = printable + special + special
        let keys = (0..<3_000).map { _ in pool.randomElement(using: &random)! }
        for start in stride(from: 0, to: keys.count, by: 150) {
            session.send(Array(keys[start..<min(start + 150, keys.count)]))
        }
        #expect(session.childPID(named: "cloudtop") != nil, "cloudtop died during the burst")
        #expect(!session.screen().contains("EXIT="))
        // Leave whatever the burst opened (menu, filter, zoom), then ask for help.
        session.send("Escape")
        session.send("Escape")
        session.send("?")
        session.waitFor("Esc or ? closes this help")
        #expect(session.childPID(named: "cloudtop") != nil)
    }

    @Test func termDumbInATerminalExitsWithAUsageError() throws {
        let session = try #require(launch(prefix: "TERM=dumb"))
        defer { finish(session) }
        let screen = session.waitFor("EXIT=2")
        #expect(screen?.contains("TERM is 'dumb'") == true)
        #expect(screen?.contains("cloudtop run") == true)
    }
}
