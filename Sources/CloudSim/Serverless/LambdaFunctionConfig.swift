/// One Lambda function: memory, timeout, duration, runtime, concurrency settings and how
/// asynchronous events are retried.
///
/// Defaults and ranges follow `aws-behaviour.md` section 8: memory 128 MB (128-10,240 MB),
/// timeout 3 s (1-900 s), CPU proportional to memory with 1,769 MB = 1 vCPU.
public struct LambdaFunctionConfig: Sendable, Equatable {
    /// Memory that buys one full vCPU (section 8.2).
    public static let megabytesPerVCPU = 1_769.0

    /// Function name.
    public var name: String
    /// Memory in MB, 128-10,240 (clamped).
    public var memoryMB: Int
    /// Timeout in seconds, 1-900 (clamped); longer invocations fail at the timeout.
    public var timeoutSeconds: Double
    /// Handler durations as measured at `referenceMemoryMB`.
    public var duration: LambdaDurationDistribution
    /// The memory size the duration figures were measured at.
    public var referenceMemoryMB: Int
    /// Share of the duration that is CPU-bound and scales with vCPU (0 = I/O-bound, 1 = pure CPU).
    public var cpuBoundShare: Double
    /// vCPUs the handler can use at most (1 = single-threaded: memory above 1,769 MB no longer helps).
    public var usableVCPUs: Double
    /// Runtime, for the default cold-start duration.
    public var runtime: LambdaRuntime
    /// Cold-start (INIT) duration in ms; nil = the runtime's default.
    public var coldStartMs: Double?
    /// Reserved concurrency: a dedicated pool that also caps the function; nil = unreserved.
    public var reservedConcurrency: Int?
    /// Provisioned concurrency: environments kept initialised (no cold start, never reclaimed).
    public var provisionedConcurrency: Int
    /// Share of invocations whose handler fails (an error, not a timeout).
    public var errorRate: Double
    /// Seconds an idle environment is kept before it is reclaimed (AWS documents no number;
    /// our default 10 minutes, see DECISIONS.md).
    public var idleReclaimSeconds: Double
    /// Asynchronous invocation: retries, maximum event age, on-failure target.
    public var async: LambdaAsyncConfig
    /// An SQS event source mapping feeding the function, if any.
    public var sqsEventSource: LambdaSQSEventSourceConfig?
    /// Queues and topics each successful invocation sends one message to (its code calls
    /// `SendMessage` or `Publish`), in declaration order.
    public var sendsTo: [String] = []

    /// Creates a function configuration.
    public init(
        name: String, memoryMB: Int = 128, timeoutSeconds: Double = 3,
        duration: LambdaDurationDistribution = .exponential(meanMs: 100), referenceMemoryMB: Int? = nil,
        cpuBoundShare: Double = 0, usableVCPUs: Double = 1, runtime: LambdaRuntime = .nodejs,
        coldStartMs: Double? = nil, reservedConcurrency: Int? = nil, provisionedConcurrency: Int = 0,
        errorRate: Double = 0, idleReclaimSeconds: Double = 600, async: LambdaAsyncConfig = .init(),
        sqsEventSource: LambdaSQSEventSourceConfig? = nil
    ) {
        self.name = name
        self.memoryMB = min(10_240, max(128, memoryMB))
        self.timeoutSeconds = min(900, max(1, timeoutSeconds))
        self.duration = duration
        self.referenceMemoryMB = referenceMemoryMB ?? self.memoryMB
        self.cpuBoundShare = min(1, max(0, cpuBoundShare))
        self.usableVCPUs = max(0.01, usableVCPUs)
        self.runtime = runtime
        self.coldStartMs = coldStartMs
        self.reservedConcurrency = reservedConcurrency.map { max(0, $0) }
        self.provisionedConcurrency = max(0, provisionedConcurrency)
        self.errorRate = min(1, max(0, errorRate))
        self.idleReclaimSeconds = max(0, idleReclaimSeconds)
        self.async = async
        self.sqsEventSource = sqsEventSource
    }

    /// vCPUs a handler gets at `memoryMB` (capped at what it can use).
    public static func vCPUs(memoryMB: Int, usable: Double) -> Double {
        min(usable, Double(memoryMB) / megabytesPerVCPU)
    }

    /// Factor applied to the reference durations at the configured memory: the CPU-bound
    /// share scales with the inverse of the vCPUs, the rest is unchanged.
    public var durationScale: Double {
        let reference = Self.vCPUs(memoryMB: referenceMemoryMB, usable: usableVCPUs)
        let actual = Self.vCPUs(memoryMB: memoryMB, usable: usableVCPUs)
        return (1 - cpuBoundShare) + cpuBoundShare * reference / actual
    }

    /// The INIT duration in force.
    public var effectiveColdStartMs: Double { max(0, coldStartMs ?? runtime.defaultColdStartMs) }

    /// Memory in GB as billed (MB / 1,024).
    public var memoryGB: Double { Double(memoryMB) / 1_024 }
}
