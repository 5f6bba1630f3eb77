import Testing

@testable import CloudSim

/// Each Elastic Beanstalk deployment policy through the whole pipeline (traffic through the
/// environment's ALB, `Command.deploy`), against the reference's table (section 11.2).
@Suite struct BeanstalkPolicyPipelineTests {
    /// What one deployment looked like, sampled every tick.
    struct Trace {
        var minCapacity = Int.max
        var maxCapacity = 0
        var maxInstances = 0
        var seconds = 0.0
        var failed = 0
        var arrived = 0
        var status: BeanstalkDeployment.Status?
        var errorRate: Double { arrived > 0 ? Double(failed) / Double(arrived) : 0 }
    }

    /// Six instances of 100 rps at 300 rps; deploys `v2` with `policy` and traces it to the end.
    static func trace(
        _ policy: BeanstalkDeploymentPolicy, batch: BeanstalkBatchSize = .fixed(2), broken: Bool = false
    ) -> (Trace, Simulation) {
        var sim = Simulation(
            architecture: ContainerFixtures.beanstalk(rps: 300, instances: 6, policy: .rolling))
        sim.step(100)
        _ = sim.takeInterval()
        sim.submit(
            .deploy(
                DeploySpec(
                    target: "shop", version: "v2", policy: policy, batchSize: batch, failsHealthChecks: broken
                )))
        var trace = Trace()
        let start = sim.time
        sim.step()
        while sim.containers.beanstalk[0].isDeploying && sim.time < start + 3_600 {
            let env = sim.containers.beanstalk[0]
            trace.minCapacity = min(trace.minCapacity, env.capacityInService)
            trace.maxCapacity = max(trace.maxCapacity, env.capacityInService)
            trace.maxInstances = max(trace.maxInstances, env.instanceCount)
            sim.step()
        }
        trace.seconds = sim.time - start
        sim.step(300)  // draining ends, the last errors are counted
        let totals = sim.totals
        trace.failed = totals.failed
        trace.arrived = totals.arrived
        trace.status = sim.containers.beanstalk[0].deployment?.status
        return (trace, sim)
    }

    @Test func allAtOnceIsAShortOutageAndTheFastest() {
        let (t, sim) = Self.trace(.allAtOnce)
        #expect(t.minCapacity == 0, "every instance out of service at once")
        #expect(t.errorRate > 0.05, "the outage fails requests: \(t.errorRate)")
        #expect(t.maxInstances == 6 && t.status == .succeeded)
        #expect(sim.containers.beanstalk[0].capacityInService == 6)
    }

    @Test func rollingLosesOneBatchOfCapacityAndNoRequests() {
        let (t, _) = Self.trace(.rolling)
        #expect(t.minCapacity == 4 && t.maxInstances == 6, "capacity minus one batch of 2: \(t.minCapacity)")
        #expect(t.failed == 0 && t.status == .succeeded)
    }

    @Test func rollingWithAnAdditionalBatchKeepsFullCapacity() {
        let (t, sim) = Self.trace(.rollingWithAdditionalBatch)
        #expect(
            t.minCapacity >= 6 && t.maxInstances == 8,
            "full capacity, 6 + 2 instances at most: \(t.minCapacity) \(t.maxInstances)")
        #expect(t.failed == 0 && t.status == .succeeded)
        #expect(sim.containers.beanstalk[0].instanceCount == 6, "the extra batch is terminated at the end")
    }

    @Test func immutableDoublesTheFleetThenGoesBack() {
        let (t, sim) = Self.trace(.immutable)
        #expect(
            t.minCapacity >= 6 && t.maxInstances == 12,
            "double, never less: \(t.minCapacity) \(t.maxInstances)")
        #expect(t.failed == 0 && t.status == .succeeded)
        #expect(sim.containers.beanstalk[0].instanceCount == 6)
    }

    @Test func trafficSplittingDoublesTheFleetAndSendsTheCanaryShareDuringTheEvaluation() {
        var sim = Simulation(architecture: ContainerFixtures.beanstalk(rps: 300, instances: 6))
        sim.step(10)
        sim.submit(
            .deploy(
                DeploySpec(
                    target: "shop", version: "v2",
                    policy: .trafficSplitting(newVersionPercent: 10, evaluationSeconds: 300))))
        var sawCanary = false
        var maxInstances = 0
        while sim.time < 1_500 {
            sim.step()
            let env = sim.containers.beanstalk[0]
            maxInstances = max(maxInstances, env.instanceCount)
            #expect(env.capacityInService >= 6)
            if env.deployment?.phase == .evaluating {
                sawCanary = abs((env.trafficShareByVersion["v2"] ?? 0) - 0.1) < 1e-12
            }
        }
        #expect(sawCanary, "10 % of the requests go to the new fleet during the evaluation")
        #expect(maxInstances == 12 && sim.containers.beanstalk[0].instanceCount == 6)
        #expect(sim.containers.beanstalk[0].currentVersion == "v2")
    }

    @Test func durationsOrderAsTheReferenceSays() {
        // All at once fastest; rolling about x2; with an additional batch x3; immutable x4;
        // traffic splitting x4 plus its evaluation (section 11.2's time column, in order).
        let d = [
            BeanstalkDeploymentPolicy.allAtOnce, .rolling, .rollingWithAdditionalBatch, .immutable,
            .trafficSplitting(),
        ]
        .map { Self.trace($0).0.seconds }
        #expect(d[0] < d[1] && d[0] < d[3] && d[1] < d[2] && d[3] < d[4], "durations \(d)")
        #expect(abs(d[4] - d[3] - 300) < 30, "traffic splitting = immutable + 5 min evaluation: \(d)")
    }

    @Test func aBadVersionRolledOutInBatchesTakesOutOneBatchAndLeavesTheRestOnTheOldVersion() {
        let (t, sim) = Self.trace(.rolling, broken: true)
        let env = sim.containers.beanstalk[0]
        #expect(t.status == .failed, "failed, not rolled back: rolling needs a manual redeploy")
        #expect(env.count(.failed) == 2, "one batch of 2 on the broken version")
        #expect(env.capacityInService == 4 && env.instancesByVersion["v1"] == 4, "the rest stays on v1")
        // Blast radius: the batch's share of the traffic (2 of 6 serving) for at most one 10 s
        // health round, i.e. at most 300 x 2/6 x 10 = 1,000 requests (+15 % for Poisson noise).
        #expect(t.failed > 0 && Double(t.failed) <= 1_000 * 1.15, "failed \(t.failed)")
    }

    @Test func aBadVersionAllAtOnceTakesTheWholeEnvironmentDown() {
        let (t, sim) = Self.trace(.allAtOnce, broken: true)
        #expect(t.status == .failed)
        #expect(sim.containers.beanstalk[0].capacityInService == 0, "every instance runs the broken version")
        #expect(sim.snapshot().beanstalk[0].basicHealth == .red)
    }

    @Test(arguments: [BeanstalkDeploymentPolicy.immutable, .trafficSplitting()])
    func aBadVersionOnANewFleetIsRolledBackWithFullCapacityThroughout(_ policy: BeanstalkDeploymentPolicy) {
        let (t, sim) = Self.trace(policy, broken: true)
        #expect(t.status == .rolledBack)
        #expect(t.minCapacity >= 6, "the old fleet never leaves: \(t.minCapacity)")
        #expect(
            sim.containers.beanstalk[0].instanceCount == 6
                && sim.containers.beanstalk[0].instancesByVersion["v1"] == 6)
        // Immutable attaches its first new instance (1 of 7 serving) for under one 10 s round:
        // at most 300 x 1/7 x 10 = 429 requests (+15 %); traffic splitting attaches none before
        // its evaluation, so a build that fails its checks costs no request.
        let bound = policy == .immutable ? 429 * 1.15 : 0
        #expect(Double(t.failed) <= bound, "failed \(t.failed), bound \(bound)")
    }

    @Test func aBadDeployFaultDeploysAFailingVersionWithTheEnvironmentsPolicy() {
        var sim = Simulation(
            architecture: ContainerFixtures.beanstalk(
                rps: 300, instances: 6, policy: .rolling, batchSize: .fixed(2)))
        sim.step(10)
        sim.submit(.injectFault(FaultSpec(kind: .badDeploy, target: "shop", durationSeconds: 600)))
        sim.step(1_500)
        let env = sim.containers.beanstalk[0]
        #expect(env.deployment?.status == .failed && env.count(.failed) == 2 && env.capacityInService == 4)
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test func theFailingShareTheLoadBalancerUsesEqualsTheModelsWhateverTheHashSeed() {
        // A canary that turns bad during its evaluation: 10 % of requests fail until the next
        // health round. The engine sums the shares in cohort order; the model over a dictionary.
        var sim = Simulation(architecture: ContainerFixtures.beanstalk(rps: 300, instances: 4))
        sim.submit(
            .deploy(
                DeploySpec(
                    target: "shop", version: "v2",
                    policy: .trafficSplitting(newVersionPercent: 10, evaluationSeconds: 300))))
        var checked = 0
        while sim.time < 900 {
            sim.step()
            let env = sim.containers.beanstalk[0]
            if env.deployment?.phase == .evaluating, !env.badDeployFault {
                sim.submit(.injectFault(FaultSpec(kind: .badDeploy, target: "shop")))
            }
            guard env.failingInService > 0 else { continue }
            checked += 1
            #expect(abs(Simulation.failingShare(env) - env.failingTrafficShare) < 1e-12)
        }
        #expect(checked > 0, "the canary served while broken")
        #expect(sim.containers.beanstalk[0].deployment?.status == .rolledBack)
    }
}
