import CloudSim

/// A scenario compiled into the binary.
public struct BuiltInScenario: Sendable, Equatable {
    /// Short identifier used on the command line, e.g. `web-app`.
    public var name: String
    /// One-line title, from the YAML.
    public var title: String
    /// One paragraph on what the scenario teaches, from the YAML.
    public var description: String
    /// The YAML text, identical to `Scenarios/<name>.yaml`.
    public var yaml: String

    /// Creates a built-in scenario.
    public init(name: String, title: String, description: String, yaml: String) {
        self.name = name
        self.title = title
        self.description = description
        self.yaml = yaml
    }

    /// The file label used in diagnostics about built-in scenarios.
    public var fileName: String { "Scenarios/\(name).yaml" }

    /// The architecture the YAML describes.
    ///
    /// - Throws: `ScenarioError` only if the compiled-in text is broken, which a test rules out.
    public func architecture() throws(ScenarioError) -> Architecture {
        try ScenarioLoader.parse(yaml: yaml, file: fileName)
    }

    /// A built-in scenario whose title and description are read from its own YAML.
    static func parsing(name: String, yaml: String) -> BuiltInScenario {
        let parsed = try? ScenarioLoader.parse(yaml: yaml, file: "Scenarios/\(name).yaml")
        return BuiltInScenario(
            name: name, title: parsed?.title ?? name, description: parsed?.description ?? "", yaml: yaml)
    }
}

/// The library of scenarios compiled into the binary.
public enum BuiltInScenarios {
    /// Name of the scenario used when none is given.
    public static let defaultName = "showcase"

    /// Every built-in scenario, in the order `cloudtop scenarios` lists them.
    public static let all: [BuiltInScenario] = [
        .parsing(name: "showcase", yaml: ShowcaseScenario.yaml),
        .parsing(name: "web-app", yaml: WebAppScenario.yaml),
        .parsing(name: "static-website", yaml: StaticWebsiteScenario.yaml),
        .parsing(name: "multi-region", yaml: MultiRegionScenario.yaml),
        .parsing(name: "vertical-vs-horizontal", yaml: VerticalVsHorizontalScenario.yaml),
        .parsing(name: "az-failure", yaml: AZFailureScenario.yaml),
        .parsing(name: "microservices", yaml: MicroservicesScenario.yaml),
        .parsing(name: "fan-out", yaml: FanOutScenario.yaml),
        .parsing(name: "serverless-spike", yaml: ServerlessSpikeScenario.yaml),
        .parsing(name: "containers", yaml: ContainersScenario.yaml),
        .parsing(name: "beanstalk-deploys", yaml: BeanstalkDeploysScenario.yaml),
    ]

    /// The built-in scenario called `name`, if any.
    public static func named(_ name: String) -> BuiltInScenario? {
        all.first { $0.name == name }
    }
}
