/// The simulated cloud: all mutable state plus `step()`, a plain function of
/// (state, queued commands, seeded generator).
///
/// Tests drive it directly, with no threads and no clock. `SimulationRunner` drives it on a
/// background queue for the dashboard. Not thread-safe by itself: one owner at a time.
public struct Simulation: Sendable {
    /// The architecture being simulated.
    public let architecture: Architecture
    /// Seed of the generator.
    public let seed: UInt64
    /// Simulated seconds per tick.
    public let tickSeconds: Double
    /// Ticks completed.
    public internal(set) var tick = 0
    /// Simulated seconds elapsed.
    public var time: Double { Double(tick) * tickSeconds }

    var random: SimRandom
    var zones: [String]
    var zoneDown: [Bool]
    var instances: [InstanceState] = []
    /// Per-tick fields of `instances`, index for index.
    var hot: [InstanceHot] = []
    /// How each instance serves (rate, capacity, latency offsets), index for index.
    var servingConditions = ServingConditionsTable()
    var freeSlots: [Int] = []
    var groups: [GroupState] = []
    var balancers: [BalancerState] = []
    var sources: [SourceState] = []
    /// Route 53, one state per hosted zone.
    var zones53: [Route53State] = []
    /// Health checks failed by hand (`setHealthCheckFailing`).
    var forcedFailingChecks: Set<String> = []
    /// Requests per population of each hosted zone this tick.
    var dnsRequests: [[Int]] = []
    /// Expected requests per second per population of each hosted zone this tick.
    var dnsRates: [[Double]] = []
    /// Latencies of client requests answered at the edge (CloudFront, buckets, timeouts)
    /// this second.
    var edgeHistogramSecond = LatencyHistogram()
    /// The source and client region behind each population of each hosted zone.
    var populationOwners: [[PopulationOwner]] = []
    /// Where each traffic source sends its requests.
    var sourceRoutes: [SourceRoute] = []
    /// Load balancers, distributions and buckets by name.
    var endpoints: [String: EdgeEndpoint] = [:]
    var distributions: [DistributionRuntime] = []
    var buckets: [BucketState] = []
    /// Regions out (`region:outage`), in architecture order.
    var regionDown: [Bool] = []
    /// Route 53 flows of the current tick (scratch).
    var scratchFlows: [Route53Flow] = []
    /// Whether any hosted zone has health checks, or aliases that evaluate target health.
    var zonesProbe = false
    var zonesEvaluateTargets = false
    var faults: [ActiveFault] = []
    var nextFaultID = 1
    var pendingCommands: [Command] = []
    /// Commands waiting for their tick (`schedule(_:atTick:)`), by tick, in the order given.
    var scheduled: [LoggedCommand] = []
    var scheduledCursor = 0
    var timeline: [TimelineEntry]
    var timelineCursor = 0
    /// Every command applied so far, with its tick (for the event log and replays).
    public internal(set) var commandLog: [LoggedCommand] = []
    var events = EventLog()
    var totals = RequestTotals()
    var second = SecondAccumulator()
    var overview = OverviewSnapshot()
    var history = History()
    /// Latencies since the last `takeInterval()` (headless reporting).
    var intervalHistogram = LatencyHistogram()
    var interval = IntervalCounters()
    var bill = Bill()
    var caption: (text: String, until: Double)?
    var instanceCounter = 0
    // Scratch storage reused every tick so the steady state allocates nothing.
    var scratchTargets: [Int] = []
    var scratchCounts: [Int] = []
    var scratchWeights: [Double] = []
    var scratchSplit: [Int] = []
    /// Billable Route 53 queries already charged, per hosted zone.
    var route53Billed: [Int] = []
    var latencyClasses = LatencyClasses()
    /// ECS, EKS and Elastic Beanstalk, and the target groups they serve (empty when the
    /// scenario has none).
    var containers = ContainerRuntime()
    /// API Gateway, Lambda, SNS and SQS (empty unless the architecture has them).
    var messaging = MessagingRuntime()

    let ticksPerSecond: Int
    let ticksPerMinute: Int
    let healthCheckTicks: Int

    /// Builds the initial state: groups launch their desired capacity (already InService, so
    /// a run starts from a warm fleet), stand-alone instances start running.
    public init(architecture: Architecture, seed: UInt64? = nil) {
        self.architecture = architecture
        self.seed = seed ?? architecture.settings.seed
        tickSeconds = architecture.settings.tickSeconds
        random = SimRandom(seed: self.seed)
        zones = architecture.allAvailabilityZones
        zoneDown = Array(repeating: false, count: zones.count)
        timeline = architecture.timeline.enumerated()
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        ticksPerSecond = max(1, Int((1 / tickSeconds).rounded()))
        ticksPerMinute = max(1, Int((60 / tickSeconds).rounded()))
        healthCheckTicks = max(1, Int((10 / tickSeconds).rounded()))
        buildTopology()
        buildEdgeTopology()
        buildContainers()
        buildMessagingTopology()
    }

    /// Queues a command; it applies at the start of the next tick.
    public mutating func submit(_ command: Command) {
        pendingCommands.append(command)
    }

    /// Advances one tick. The pipeline order is written here and nowhere else.
    public mutating func step() {
        tick += 1
        applyCommands()  // queued commands and due timeline entries
        generateTraffic()  // arrivals per source, split to target groups or the edge
        resolveDNS()  // Route 53: health checks, answers, resolver caches -> endpoints
        serveEdge()  // CloudFront: edge caches, origin fetches -> load balancers, buckets
        serveApiGateway()  // API Gateway: throttles, cache -> functions, load balancers, queues
        routeRequests()  // load balancers: target groups -> instance queues
        serveRequests()  // compute: queues, CPU, credits, latency
        stepContainers()  // ECS tasks and EKS pods: serve, lifecycle, deployments, scaling, HPA
        stepBeanstalk()  // Elastic Beanstalk: serve, deployments batch by batch, health
        serveMessaging()  // Lambda, SNS fan-out, SQS queues and their workers, API answers
        runLifecycle()  // instance state machines, draining
        runHealthChecks()  // target groups and Auto Scaling health
        runScaling()  // alarms, policies, scheduled actions, capacity, refresh
        expireFaults()
        recordMetrics()  // seconds, minutes, cost, history
        #if DEBUG
            let problems = invariantViolations()
            precondition(problems.isEmpty, "invariant broken at tick \(tick): \(problems.joined(separator: "; "))")
        #endif
    }

    /// Advances `count` ticks.
    public mutating func step(_ count: Int) {
        for _ in 0..<max(0, count) { step() }
    }

    /// Converts seconds to whole ticks (at least 1).
    func ticks(_ seconds: Double) -> Int { max(1, Int((seconds / tickSeconds).rounded())) }

    /// Appends an event to the log.
    mutating func log(_ severity: Severity, _ source: String, _ message: String) {
        events.append(SimEvent(tick: tick, time: time, severity: severity, source: source, message: message))
    }
}

/// Request counts since the start, for conservation checks.
struct RequestTotals: Sendable {
    var arrived = 0
    /// Origin fetches CloudFront sent to load balancers (requests of its own, not clients').
    var internalArrived = 0
    var succeeded = 0
    var failed = 0
}
