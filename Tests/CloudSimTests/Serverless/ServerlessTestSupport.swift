import CloudSim

/// Helpers shared by the Serverless tests.
enum ServerlessTestSupport {
    /// A function with fixed durations, no cold start surprises unless asked for.
    static func function(
        _ name: String = "fn", durationMs: Double = 1_000, reserved: Int? = nil, provisioned: Int = 0,
        timeout: Double = 900, errorRate: Double = 0, async: LambdaAsyncConfig = .init()
    ) -> LambdaFunctionConfig {
        LambdaFunctionConfig(
            name: name, memoryMB: 1_024, timeoutSeconds: timeout, duration: .fixed(ms: durationMs),
            reservedConcurrency: reserved, provisionedConcurrency: provisioned, errorRate: errorRate, async: async)
    }
}
