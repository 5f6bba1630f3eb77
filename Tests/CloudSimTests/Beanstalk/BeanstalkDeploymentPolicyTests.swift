import CloudSim
import Testing

/// Capacity over time per deployment policy against section 11.2's table.
struct BeanstalkDeploymentPolicyTests {
    @Test("Capacity in service per policy: outage / minus one batch / full / double then back (exact)")
    func capacityFollowsTheReferenceTable() {
        let n = 4
        let cases: [(BeanstalkDeploymentPolicy, min: Int, max: Int, instances: Int)] = [
            (.allAtOnce, 0, n, n),
            (.rolling, n - 1, n, n),
            (.rollingWithAdditionalBatch, n, n + 1, n + 1),
            (.immutable, n, 2 * n, 2 * n),
            (.trafficSplitting(newVersionPercent: 10, evaluationSeconds: 300), n, 2 * n, 2 * n),
        ]
        for (policy, low, high, peak) in cases {
            var env = BeanstalkTestSupport.environment(policy, instances: n)
            let trace = BeanstalkTestSupport.deploy(&env, version: "v2") { _, e in #expect(e.invariantViolations().isEmpty) }
            #expect(env.deployment?.status == .succeeded, "\(policy.name)")
            #expect(trace.minCapacity == low && trace.maxCapacity == high, "\(policy.name): \(trace.minCapacity)...\(trace.maxCapacity)")
            #expect(trace.maxInstances == peak, "\(policy.name): \(trace.maxInstances) instances at most")
            #expect(env.instancesByVersion == ["v2": n] && env.capacityInService == n && env.currentVersion == "v2")
            #expect(env.basicHealth == .green && env.enhancedStatus(tick: 100_000) == .ok)
            print(
                "BEANSTALK-FIDELITY \(policy.name) N=\(n) batch=1 capacity \(trace.minCapacity)...\(trace.maxCapacity) "
                    + "instances<=\(trace.maxInstances) seconds=\(trace.seconds)")
        }
    }

    @Test func rollingWithHalfBatchesLosesHalfTheCapacity() {
        var env = BeanstalkTestSupport.environment(.rolling, instances: 6, batch: .fixed(3))
        let trace = BeanstalkTestSupport.deploy(&env, version: "v2")
        #expect(trace.minCapacity == 3 && env.deployment?.batches.count == 2)
        #expect(env.deployment?.batches.allSatisfy { $0.status == .succeeded } == true)
    }

    @Test func trafficSplittingSendsTheCanaryShareForTheEvaluationTime() {
        var env = BeanstalkTestSupport.environment(.trafficSplitting(newVersionPercent: 15, evaluationSeconds: 120))
        var evaluated = 0
        var share = 0.0
        _ = BeanstalkTestSupport.deploy(&env, version: "v2") { _, e in
            if e.deployment?.phase == .evaluating {
                evaluated += 1
                share = e.trafficShareByVersion["v2"] ?? 0
            }
        }
        #expect(evaluated == 1_200, "120 s of evaluation")
        #expect(abs(share - 0.15) < 1e-12)
    }

    @Test func batchSizesAndPolicyAvailability() {
        #expect(BeanstalkBatchSize.percentage(30).instances(of: 10) == 3)
        #expect(BeanstalkBatchSize.percentage(25).instances(of: 5) == 2)
        #expect(BeanstalkBatchSize.percentage(100).instances(of: 7) == 7)
        #expect(BeanstalkBatchSize.fixed(12).instances(of: 4) == 4)
        var single = BeanstalkTestSupport.environment(.rolling, tier: .singleInstance)
        #expect(single.deploy(version: "v2", tick: 0) != nil)
        var immutable = BeanstalkTestSupport.environment(.immutable, tier: .singleInstance)
        let trace = BeanstalkTestSupport.deploy(&immutable, version: "v2")
        #expect(trace.minCapacity == 1 && trace.maxCapacity == 2 && immutable.currentVersion == "v2")
    }

    @Test func workerEnvironmentFeedsTheSQSConsumerFleet() {
        let daemon = BeanstalkWorkerDaemon(queue: "jobs")
        let env = BeanstalkTestSupport.environment(.rolling, instances: 3, tier: .worker(daemon))
        #expect(env.config.timings.healthPassSeconds == 180, "18 checks within 3 minutes")
        #expect(daemon.visibilityTimeoutSeconds == 300 && daemon.inactivityTimeoutSeconds == 299)
        #expect(daemon.consumers(instancesInService: env.capacityInService).consumers == 150)
    }
}
