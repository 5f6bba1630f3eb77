import Testing

@testable import Dashboard

@Suite struct TerminalRequirementsTests {
    @Test func dumbOrMissingTermOrPipedOutputIsRefusedInOneSentence() {
        #expect(
            TerminalRequirements.problem(term: "dumb", isInteractive: true)
                == "cloudtop needs an interactive terminal (TERM is 'dumb'); use `cloudtop run` for headless output."
        )
        #expect(
            TerminalRequirements.problem(term: nil, isInteractive: true)?.contains("TERM is not set") == true)
        #expect(
            TerminalRequirements.problem(term: "", isInteractive: true)?.contains("TERM is not set") == true)
        #expect(
            TerminalRequirements.problem(term: "xterm", isInteractive: false)?.contains("not a terminal")
                == true)
        #expect(TerminalRequirements.problem(term: "xterm-256color", isInteractive: true) == nil)
    }
}
