import ArgumentParser
import Foundation

/// The `cloudtop` command: argument parsing and wiring only; the work lives in the libraries.
@main
struct CloudTop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cloudtop",
        abstract: "A terminal dashboard over a simulated AWS-style cloud.",
        subcommands: [
            DashCommand.self, RunCommand.self, ReplayCommand.self, ScenariosCommand.self, ValidateCommand.self,
            ThemesCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: DashCommand.self)

    /// Parses, runs, and maps every failure to one stderr sentence and exit code 2 (usage)
    /// or 1 (runtime); help and version exit 0.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            let prefix = error.message.hasPrefix("cloudtop ") ? "" : "cloudtop: "
            FileHandle.standardError.write(Data((prefix + error.message + "\n").utf8))
            Foundation.exit(error.exitCode)
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            let message = fullMessage(for: error)
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
