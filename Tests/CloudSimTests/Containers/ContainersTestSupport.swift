import CloudSim

/// Helpers shared by the Containers tests.
enum ContainersTestSupport {
    /// A 1 vCPU / 2 GB web task serving 100 requests/s.
    static func webTask(failure: ECSTaskDefinition.Failure = .none, healthCheck: Bool = false) -> ECSTaskDefinition {
        ECSTaskDefinition(
            family: "web", size: FargateTaskSize(cpuUnits: 1_024, memoryMiB: 2_048), hasContainerHealthCheck: healthCheck,
            requestsPerSecondPerTask: 100, failure: failure)
    }

    /// A Fargate service.
    static func service(
        desired: Int, min: Int = 100, max: Int = 200, healthCheck: ECSServiceConfig.HealthCheck = .none,
        breaker: ECSCircuitBreakerConfig = .init(), scaling: ECSServiceScalingPolicy? = nil
    ) -> ECSServiceConfig {
        ECSServiceConfig(
            name: "web", taskDefinition: webTask(), desiredCount: desired, minimumHealthyPercent: min, maximumPercent: max,
            healthCheck: healthCheck, circuitBreaker: breaker, autoScaling: scaling)
    }

    /// Steps a lone service until `until` returns true or `maxTicks` pass; `each` sees every tick.
    @discardableResult
    static func run(
        _ service: inout ECSServiceState, capacity: inout ECSCapacity, from start: Int = 0, maxTicks: Int,
        load: Double = 0, random: inout SimRandom, each: (Int, ECSServiceState) -> Void = { _, _ in },
        until: (ECSServiceState) -> Bool = { _ in false }
    ) -> Int {
        var tick = start
        while tick < start + maxTicks {
            service.step(tick: tick, offeredRequestsPerSecond: load, capacity: &capacity, random: &random)
            each(tick, service)
            tick += 1
            if until(service) { break }
        }
        return tick
    }
}
