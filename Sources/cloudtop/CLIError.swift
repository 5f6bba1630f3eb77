/// A failure the command line reports in one sentence with an exit code
/// (2 for bad usage or bad input, 1 for a runtime failure).
struct CLIError: Error {
    let message: String
    let exitCode: Int32

    static func usage(_ message: String) -> CLIError { CLIError(message: message, exitCode: 2) }
    static func runtime(_ message: String) -> CLIError { CLIError(message: message, exitCode: 1) }
}
