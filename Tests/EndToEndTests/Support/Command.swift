import Foundation

/// Runs programs for the end-to-end tests and finds the `cloudtop` binary.
enum Command {
    /// What a finished program left behind.
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The package root, found from this file (`Tests/EndToEndTests/Support/Command.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // EndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The built `cloudtop`: `.build/debug` first, then any other `.build/*/...` configuration.
    ///
    /// `swift build` and `swift test` build it as part of the package, so it is there whenever
    /// these tests run; nil means the build directory is somewhere unusual.
    static let cloudtopBinary: URL? = {
        let build = packageRoot.appendingPathComponent(".build")
        var candidates = ["debug", "release"].map { build.appendingPathComponent("\($0)/cloudtop") }
        let triples = (try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []
        for configuration in ["debug", "release"] {
            for triple in triples.sorted() {
                candidates.append(build.appendingPathComponent("\(triple)/\(configuration)/cloudtop"))
            }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The full path of `name` on `PATH`, or nil when it is not installed.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let directories =
            path.split(separator: ":").map(String.init) + ["/usr/local/bin", "/usr/bin", "/bin"]
        return directories.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Why a program could not be started.
    struct SpawnFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `executable` with `arguments` to the end, stdin from /dev/null, output captured.
    ///
    /// `posix_spawn` and `waitpid`, not `Foundation.Process`: `tmux new-session` leaves a
    /// server running that inherits the child's descriptors, and `Process` (on Linux) waits for
    /// a socket it hands to the child to close, so it would wait for the server to die. For
    /// the same reason output goes to temporary files, never pipes.
    ///
    /// - Parameter environment: changes to this process's environment (nil removes a variable).
    static func run(_ executable: String, _ arguments: [String], environment: [String: String?] = [:]) throws
        -> Result
    {
        var env = ProcessInfo.processInfo.environment
        for (name, value) in environment { env[name] = value }
        let directory = FileManager.default.temporaryDirectory.path
        let outPath = "\(directory)/cloudtop-e2e-\(UUID().uuidString).out"
        let errPath = "\(directory)/cloudtop-e2e-\(UUID().uuidString).err"
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        #if os(Linux)
            var actions = posix_spawn_file_actions_t()
        #else
            var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // A clean signal state: the test runner's threads block signals, and a child would
        // inherit that mask (tmux could not hang up its pane, cloudtop would run unlike anywhere else).
        #if os(Linux)
            var attributes = posix_spawnattr_t()
        #else
            var attributes: posix_spawnattr_t?
        #endif
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal: Int32 in 1..<32 where signal != SIGKILL && signal != SIGSTOP {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw SpawnFailure(
                description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // Exited: the code is in bits 8-15; killed by a signal: 128 + the signal, as a shell reports it.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(
            status: code,
            output: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
            error: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }
}
