import CloudSim
import Testing

/// A broken version's blast radius per policy (section 11.2's failure column) and the health colours.
struct BeanstalkBadDeployTests {
    @Test("Bad version: all at once is down, rolling loses one batch, the others lose nothing (exact)")
    func blastRadiusPerPolicy() {
        let n = 6
        let cases: [(BeanstalkDeploymentPolicy, status: BeanstalkDeployment.Status, capacityAfter: Int, minCapacity: Int)] = [
            (.allAtOnce, .failed, 0, 0),
            (.rolling, .failed, n - 2, n - 2),
            (.rollingWithAdditionalBatch, .failed, n, n),
            (.immutable, .rolledBack, n, n),
            (.trafficSplitting(newVersionPercent: 10, evaluationSeconds: 300), .rolledBack, n, n),
        ]
        for (policy, status, after, low) in cases {
            var env = BeanstalkTestSupport.environment(policy, instances: n, batch: .fixed(2))
            let trace = BeanstalkTestSupport.deploy(&env, version: "bad")
            #expect(env.deployment?.status == status, "\(policy.name)")
            #expect(env.capacityInService == after && trace.minCapacity == low, "\(policy.name): \(env.capacityInService), min \(trace.minCapacity)")
            #expect((env.instancesByVersion["v1"] ?? 0) == after, "\(policy.name): remaining batches stay on v1")
            #expect(trace.failingTicks <= 100, "\(policy.name): a broken instance serves at most one health round")
            print(
                "BEANSTALK-FIDELITY bad \(policy.name) N=\(n) status=\(status) capacityAfter=\(after) minCapacity=\(trace.minCapacity) "
                    + "failedInstances=\(env.count(.failed)) maxFailingShare=\(trace.maxFailingShare) health=\(env.basicHealth.rawValue)/\(env.enhancedStatus(tick: 100_000).rawValue)")
        }
    }

    @Test func aFaultDuringTheEvaluationFailsOnlyTheCanaryShareThenRollsBack() {
        var env = BeanstalkTestSupport.environment(.trafficSplitting(newVersionPercent: 10, evaluationSeconds: 300))
        var injected = false
        let trace = BeanstalkTestSupport.deploy(&env, version: "v2") { tick, e in
            if !injected, e.deployment?.phase == .evaluating {
                e.setBadDeployFault(active: true, tick: tick)
                injected = true
            }
        }
        #expect(injected && env.deployment?.status == .rolledBack)
        #expect(abs(trace.maxFailingShare - 0.1) < 1e-12 && trace.failingTicks <= 100)
        #expect(trace.minCapacity == 4 && env.instancesByVersion == ["v1": 4])
        print("BEANSTALK-FIDELITY canary fault failingShare=\(trace.maxFailingShare) for \(Double(trace.failingTicks) / 10) s")
    }

    @Test func healthColoursThroughAGoodAndABadDeployment() {
        var env = BeanstalkTestSupport.environment(.allAtOnce)
        #expect(env.enhancedStatus(tick: 0) == .unknown)
        for tick in 0..<100 { env.step(tick: tick) }
        #expect(env.basicHealth == .green && env.enhancedStatus(tick: 100) == .ok)
        env.deploy(version: "v2", tick: 100)
        env.step(tick: 100)
        #expect(env.basicHealth == .grey && env.enhancedStatus(tick: 100) == .pending, "all at once: nothing serving")
        var rolling = BeanstalkTestSupport.environment(.rolling)
        rolling.deploy(version: "v2", tick: 0)
        for tick in 0..<100 { rolling.step(tick: tick) }
        #expect(rolling.enhancedStatus(tick: 100) == .info)
        var bad = BeanstalkTestSupport.environment(.rolling, instances: 8, batch: .fixed(1))
        _ = BeanstalkTestSupport.deploy(&bad, version: "bad")
        #expect(bad.enhancedStatus(tick: 100_000) == .warning, "1 of 8 failing")
        #expect(bad.basicHealth == .red, "three or more failed checks")
    }
}
