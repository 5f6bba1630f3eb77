/// A Lambda function in motion: busy environments on a completion wheel, idle ones in a
/// pool, the asynchronous queue and an optional SQS event source mapping.
///
/// Call `step` once per tick (or `beginTick` then `serve`, when a `LambdaAccount` shares the
/// account's concurrency between functions). Work is counted, never per request: a tick costs
/// O(duration classes + queued cohorts) whatever the invocation rate.
public struct LambdaFunctionState: Sendable {
    /// Default account concurrency per Region (section 8.1).
    public static let defaultAccountConcurrency = 1_000

    /// The function's configuration.
    public let config: LambdaFunctionConfig
    /// Simulated seconds per tick.
    public let tickSeconds: Double
    /// Duration classes at the configured memory (CPU scaling applied).
    public let classes: LambdaDurationClasses
    /// Counters and per-second figures.
    public internal(set) var metrics = LambdaMetrics()
    /// Durations (handler plus INIT for cold starts) since the start, and in the last second.
    public internal(set) var durations = LatencyHistogram()
    public internal(set) var durationsLastSecond = LatencyHistogram()
    /// Concurrency (environment-ticks in use) of the last tick.
    public internal(set) var concurrency = 0.0
    /// Peak concurrency of each simulated second, the last 10 minutes.
    public internal(set) var concurrencyHistory = RingBuffer<Double>(capacity: 600, filler: 0)
    /// Concurrency limit set by a `lambda:throttle` fault; nil when none is active.
    public internal(set) var faultConcurrencyLimit: Int?
    /// Error rate set by a `lambda:errors` fault; nil when none is active.
    public internal(set) var faultErrorRate: Double?
    /// The account's concurrency this function may share (unreserved functions).
    public internal(set) var accountConcurrency = defaultAccountConcurrency
    /// Latency a `net:latency` fault adds to every invocation's duration, ms (0 when none).
    public internal(set) var faultLatencyMs = 0.0
    /// Whether synchronous invocations are logged as they start (`takeSynchronousStarts`),
    /// for a caller that answers each one when it ends (API Gateway).
    public var logsSynchronousStarts = false
    var synchronousStarts: [LambdaSynchronousStart] = []

    var wheel: LambdaCompletionWheel
    var pool: LambdaEnvironmentPool
    var asyncQueue: LambdaAsyncQueue
    var poller: LambdaSQSPoller?
    var admission = LambdaAdmission()
    var durationsThisSecond = LatencyHistogram()
    var finishing = LambdaCompletionSlot()
    var shortUnits = 0.0
    /// Environment-ticks of this tick's long invocations before they started (see `LambdaAdmission.startOffset`).
    var notYetStarted = 0.0
    var events: [SimEvent] = []
    var wasThrottling = false
    /// Warm duration of each class in ticks, and a cold start's extra ticks.
    let warmTicks: [Double]
    let coldTicks: Double
    let ticksPerSecond: Int

    /// A function at tick 0 with its provisioned concurrency initialised and nothing else warm.
    public init(config: LambdaFunctionConfig, tickSeconds: Double = 0.1) {
        self.config = config
        self.tickSeconds = tickSeconds
        let tickMs = tickSeconds * 1_000
        classes = LambdaDurationClasses(
            distribution: config.duration, scale: config.durationScale, timeoutMs: config.timeoutSeconds * 1_000)
        warmTicks = classes.durationsMs.map { $0 / tickMs }
        coldTicks = config.effectiveColdStartMs / tickMs
        ticksPerSecond = max(1, Int((1 / tickSeconds).rounded()))
        let longest = (config.timeoutSeconds * 1_000 + config.effectiveColdStartMs) / tickMs
        wheel = LambdaCompletionWheel(maxTicks: Int(longest.rounded(.up)) + 1)
        let window = Int((LambdaEnvironmentPool.scalingWindowSeconds / tickSeconds).rounded())
        pool = LambdaEnvironmentPool(
            warm: config.provisionedConcurrency, windowTicks: window, ticksPerSecond: ticksPerSecond)
        asyncQueue = LambdaAsyncQueue(ticksPerSecond: ticksPerSecond)
        poller = config.sqsEventSource.map(LambdaSQSPoller.init)
    }

    /// Function name.
    public var name: String { config.name }
    /// The function's concurrency cap: reserved concurrency, or else the account's concurrency
    /// (as last given to `step`), lowered by an active throttle fault.
    public var concurrencyLimit: Int {
        min(config.reservedConcurrency ?? accountConcurrency, faultConcurrencyLimit ?? .max)
    }
    /// The error rate in force.
    public var errorRate: Double { faultErrorRate ?? config.errorRate }
    /// Environments running an invocation across tick boundaries.
    public var busyEnvironments: Int { wheel.busy }
    /// Warm idle environments.
    public var idleEnvironments: Int { pool.idle }
    /// SQS batches in flight.
    public var runningBatches: Int { wheel.busyBatches }
    /// Events in the asynchronous queue, and the age of the oldest in seconds.
    public var asyncQueueDepth: Int { asyncQueue.depth }
    public func asyncOldestAgeSeconds(tick: Int) -> Double { Double(asyncQueue.oldestAge(tick: tick)) * tickSeconds }
    /// Concurrent SQS batches the mapping allows now (0 without one).
    public var sqsAllowedBatches: Double { poller?.allowedBatches ?? 0 }

    /// Advances one tick on its own, with the account's default concurrency as the ceiling.
    public mutating func step(
        tick: Int, demand: LambdaDemand, accountCeiling: Int = defaultAccountConcurrency, random: inout SimRandom
    ) -> LambdaTickResult {
        accountConcurrency = accountCeiling
        beginTick(tick)
        return serve(tick: tick, demand: demand, ceiling: accountCeiling, random: &random)
    }

    /// Events since the last call, oldest first.
    public mutating func takeEvents() -> [SimEvent] {
        defer { events.removeAll(keepingCapacity: true) }
        return events
    }

    /// Appends an event from this function.
    mutating func log(_ tick: Int, _ severity: Severity, _ message: String) {
        events.append(
            SimEvent(
                tick: tick, time: Double(tick) * tickSeconds, severity: severity, source: "lambda:\(name)",
                message: message))
    }
}
