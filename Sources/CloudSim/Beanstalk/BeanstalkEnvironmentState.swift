/// An Elastic Beanstalk environment in motion: its instances as counts by version and state,
/// the deployment in progress batch by batch, and its health.
///
/// Call `step` once per tick. Per tick: timed states end (launch, deploy, checks, draining);
/// on each health round (10 s) instances running a broken version fail; the deployment
/// moves on (batch done, failed, next batch, evaluation, clean-up); the capacity in service is
/// recorded. No randomness: every timing is a configured figure.
public struct BeanstalkEnvironmentState: Sendable {
    /// Configuration.
    public internal(set) var config: BeanstalkEnvironmentConfig
    /// Simulated seconds per tick.
    public let tickSeconds: Double
    /// Application versions registered, by label.
    public internal(set) var versions: [String: BeanstalkApplicationVersion] = [:]
    /// The version the environment runs (the last one deployed successfully).
    public internal(set) var currentVersion: String
    /// The fleet, as cohorts.
    public internal(set) var cohorts: [BeanstalkInstanceCohort] = []
    /// The current or last deployment.
    public internal(set) var deployment: BeanstalkDeployment?
    /// Finished deployments, newest last (the last 8).
    public internal(set) var history: [BeanstalkDeployment] = []
    /// Failing health rounds in a row (basic health).
    public internal(set) var consecutiveFailedChecks = 0
    /// Instances serving a working version at the end of each second (last 10 minutes).
    public internal(set) var capacityHistory = RingBuffer<Double>(capacity: 600, filler: 0)
    /// Whether `beanstalk:bad-deploy` is active, and the versions it broke.
    public internal(set) var badDeployFault = false
    public internal(set) var faultedVersions: Set<String> = []

    var events: [SimEvent] = []
    let ticksPerSecond: Int

    /// An environment at tick 0 with its instances in service on the initial version.
    public init(config: BeanstalkEnvironmentConfig, tickSeconds: Double = 0.1) {
        self.config = config
        self.tickSeconds = tickSeconds
        ticksPerSecond = max(1, Int((1 / tickSeconds).rounded()))
        currentVersion = config.initialVersion.label
        versions[currentVersion] = config.initialVersion
        cohorts = [BeanstalkInstanceCohort(version: currentVersion, state: .inService, count: config.instances)]
    }

    /// Environment name.
    public var name: String { config.name }
    /// Whether a deployment is running.
    public var isDeploying: Bool { deployment?.status == .inProgress }

    /// Registers (or replaces) an application version.
    public mutating func registerVersion(_ version: BeanstalkApplicationVersion) { versions[version.label] = version }

    /// Whether instances running `version` fail their health checks.
    public func isBroken(_ version: String) -> Bool {
        (versions[version]?.failsHealthChecks ?? false) || faultedVersions.contains(version)
    }

    /// Instances in a state (all groups).
    public func count(_ state: BeanstalkInstanceState) -> Int {
        cohorts.reduce(0) { $0 + ($1.state == state ? $1.count : 0) }
    }
    /// All instances that exist (draining ones included).
    public var instanceCount: Int { cohorts.reduce(0) { $0 + $1.count } }
    /// Instances serving a working version: the capacity in service.
    public var capacityInService: Int {
        cohorts.reduce(0) { $0 + ($1.isServing && !isBroken($1.version) ? $1.count : 0) }
    }
    /// Instances serving a broken version that health checks have not caught yet.
    public var failingInService: Int {
        cohorts.reduce(0) { $0 + ($1.isServing && isBroken($1.version) ? $1.count : 0) }
    }
    /// Instances by version (every state).
    public var instancesByVersion: [String: Int] {
        cohorts.reduce(into: [:]) { $0[$1.version, default: 0] += $1.count }
    }

    /// `beanstalk:bad-deploy`: while active, the version being deployed (now or next) fails
    /// its health checks. Healing stops new failures; failed instances stay failed until a
    /// redeploy.
    public mutating func setBadDeployFault(active: Bool, tick: Int) {
        badDeployFault = active
        if active {
            if let d = deployment, d.status == .inProgress { faultedVersions.insert(d.version) }
            log(tick, .critical, "\(name): the new version fails its health checks (beanstalk:bad-deploy)")
        } else {
            faultedVersions.removeAll()
            log(tick, .info, "\(name): bad-deploy fault healed")
        }
    }

    /// Events since the last call, oldest first.
    public mutating func takeEvents() -> [SimEvent] {
        defer { events.removeAll(keepingCapacity: true) }
        return events
    }

    mutating func log(_ tick: Int, _ severity: Severity, _ message: String) {
        events.append(
            SimEvent(tick: tick, time: Double(tick) * tickSeconds, severity: severity, source: "beanstalk:\(name)", message: message))
    }

    func ticks(_ seconds: Double) -> Int { Int((seconds / tickSeconds).rounded()) }
}
