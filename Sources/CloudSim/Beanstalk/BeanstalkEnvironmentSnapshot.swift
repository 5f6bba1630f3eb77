/// One Beanstalk environment as a panel shows it.
public struct BeanstalkEnvironmentSnapshot: Sendable, Equatable {
    /// Environment name and the version it runs.
    public var name: String
    public var currentVersion: String
    /// Basic colour, enhanced status (and its colour).
    public var basicHealth: BeanstalkHealthColor
    public var status: BeanstalkHealthStatus
    /// Instances by version and state (every group), sorted by version then state.
    public var instances: [BeanstalkInstanceCount]
    /// Instances serving a working version, and those serving a broken one.
    public var capacityInService: Int
    public var failingInService: Int
    /// Traffic share by version, and the share of requests that fail on a broken version.
    public var trafficShare: [String: Double]
    public var failingTrafficShare: Double
    /// The current or last deployment, batch by batch (nil before the first).
    public var deployment: BeanstalkDeployment?
    /// Capacity in service per second, oldest first (last 10 minutes).
    public var capacityHistory: [Double]
    /// Position of `currentVersion` among the versions registered (1 = the first; the engine
    /// fills it, 0 when unknown).
    public var versionNumber = 0
    /// Name of its load balancer (load-balanced environments; filled by the engine).
    public var loadBalancer: String?
}

/// A count of instances on one version in one state.
public struct BeanstalkInstanceCount: Sendable, Equatable {
    /// Version label.
    public var version: String
    /// State.
    public var state: BeanstalkInstanceState
    /// Instances.
    public var count: Int
}

extension BeanstalkEnvironmentState {
    /// The environment as the panel shows it at `tick`.
    public func snapshot(tick: Int) -> BeanstalkEnvironmentSnapshot {
        var counts: [String: [BeanstalkInstanceState: Int]] = [:]
        for c in cohorts { counts[c.version, default: [:]][c.state, default: 0] += c.count }
        var rows: [BeanstalkInstanceCount] = []
        for version in counts.keys.sorted() {
            for state in BeanstalkInstanceState.allCases {
                if let n = counts[version]?[state], n > 0 { rows.append(.init(version: version, state: state, count: n)) }
            }
        }
        return BeanstalkEnvironmentSnapshot(
            name: name, currentVersion: currentVersion, basicHealth: basicHealth, status: enhancedStatus(tick: tick),
            instances: rows, capacityInService: capacityInService, failingInService: failingInService,
            trafficShare: trafficShareByVersion, failingTrafficShare: failingTrafficShare, deployment: deployment,
            capacityHistory: capacityHistory.values)
    }

    /// Broken conservation laws (empty when all hold): the fleet never has negative cohorts,
    /// and outside a deployment's transitions the main group holds what the group keeps.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        if cohorts.contains(where: { $0.count <= 0 }) { problems.append("\(name): empty or negative cohort") }
        let byState = BeanstalkInstanceState.allCases.reduce(0) { $0 + count($1) }
        if byState != instanceCount { problems.append("\(name): states \(byState) != instances \(instanceCount)") }
        if !isDeploying && !cohorts.contains(where: { $0.state == .draining }) {
            let main = cohorts.reduce(0) { $0 + ($1.group == .main ? $1.count : 0) }
            let extra = deployment?.policy == .rollingWithAdditionalBatch && deployment?.status == .failed
            if main != config.instances && !extra { problems.append("\(name): \(main) instances != \(config.instances)") }
        }
        return problems
    }
}
