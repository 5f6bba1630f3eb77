import ArgumentParser

/// `cloudtop dash`: the dashboard (default command).
struct DashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dash", abstract: "Open the dashboard.")

    func run() throws {
        throw CLIError.runtime("the dashboard is not built yet; use `cloudtop run`")
    }
}

/// `cloudtop themes`.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List colour themes.")
}
