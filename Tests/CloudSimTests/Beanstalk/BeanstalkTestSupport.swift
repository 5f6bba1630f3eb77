import CloudSim

/// Helpers shared by the Beanstalk tests.
enum BeanstalkTestSupport {
    /// What a deployment did, tick by tick.
    struct Trace {
        var minCapacity = Int.max
        var maxCapacity = 0
        var maxInstances = 0
        var maxFailingShare = 0.0
        var failingTicks = 0
        var seconds = 0.0
    }

    /// An environment of `instances` on v1 with v2 (good) and bad (broken) registered.
    static func environment(
        _ policy: BeanstalkDeploymentPolicy, instances: Int = 4, batch: BeanstalkBatchSize = .percentage(25),
        tier: BeanstalkEnvironmentConfig.Tier = .loadBalanced
    ) -> BeanstalkEnvironmentState {
        var env = BeanstalkEnvironmentState(
            config: BeanstalkEnvironmentConfig(
                name: "app-prod", tier: tier, instances: instances, deploymentPolicy: policy, batchSize: batch))
        env.registerVersion(.init(label: "v2"))
        env.registerVersion(.init(label: "bad", failsHealthChecks: true))
        return env
    }

    /// Deploys `version` at `start` and steps until the deployment ends and the fleet settles.
    static func deploy(
        _ env: inout BeanstalkEnvironmentState, version: String, start: Int = 100,
        each: (Int, inout BeanstalkEnvironmentState) -> Void = { _, _ in }
    ) -> Trace {
        for tick in 0..<start { env.step(tick: tick) }
        var trace = Trace()
        _ = env.deploy(version: version, tick: start)
        var tick = start
        while tick < start + 60_000 {
            each(tick, &env)
            env.step(tick: tick)
            trace.minCapacity = min(trace.minCapacity, env.capacityInService)
            trace.maxCapacity = max(trace.maxCapacity, env.capacityInService)
            trace.maxInstances = max(trace.maxInstances, env.instanceCount)
            trace.maxFailingShare = max(trace.maxFailingShare, env.failingTrafficShare)
            if env.failingTrafficShare > 0 { trace.failingTicks += 1 }
            tick += 1
            if !env.isDeploying && !env.cohorts.contains(where: { $0.state == .draining }) { break }
        }
        trace.seconds = Double(tick - start) / 10
        for extra in tick..<(tick + 400) { env.step(tick: extra) }  // a few health rounds after
        return trace
    }
}
