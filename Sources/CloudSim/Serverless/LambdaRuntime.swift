/// A Lambda runtime family, which sets the typical cold-start (INIT) duration.
///
/// AWS gives cold starts "from under 100 ms to over 1 s" and says they hit under ~1 % of
/// invocations in production (`aws-behaviour.md` section 8.3, AWS blog); third-party
/// measurements put Node.js/Python at ~150-500 ms, Go at ~80-250 ms and Java/.NET at
/// ~0.6-2.5 s at 512 MB [3p]. The defaults below are the middles of those ranges (our choice,
/// see DECISIONS.md); a function can override them with `coldStartMs`.
public enum LambdaRuntime: String, Sendable, Equatable, CaseIterable {
    case nodejs
    case python
    case go
    case java
    case dotnet

    /// Default INIT duration in milliseconds.
    public var defaultColdStartMs: Double {
        switch self {
        case .nodejs, .python: 300
        case .go: 150
        case .java: 1_500
        case .dotnet: 1_200
        }
    }
}
