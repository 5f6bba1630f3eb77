/// Whether the process can run a full-screen dashboard, decided from plain facts (testable).
public enum TerminalRequirements {
    /// A one-sentence error if the dashboard cannot run, or nil if it can.
    ///
    /// - Parameters:
    ///   - term: the `TERM` environment variable.
    ///   - isInteractive: whether standard output (and input) are terminals.
    public static func problem(term: String?, isInteractive: Bool) -> String? {
        let advice = "use `cloudtop run` for headless output."
        guard let term, !term.isEmpty else {
            return "cloudtop needs an interactive terminal (TERM is not set); \(advice)"
        }
        if term == "dumb" { return "cloudtop needs an interactive terminal (TERM is 'dumb'); \(advice)" }
        if !isInteractive {
            return "cloudtop needs an interactive terminal (output is not a terminal); \(advice)"
        }
        return nil
    }
}
