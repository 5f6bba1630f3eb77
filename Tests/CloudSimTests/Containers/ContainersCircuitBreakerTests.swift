import CloudSim
import Testing

/// The deployment circuit breaker: threshold 0.5 x desired clamped to [3, 200], rollback.
struct ContainersCircuitBreakerTests {
    @Test func thresholdIsHalfTheDesiredCountClampedToThreeAndTwoHundred() {
        let cases = [(1, 3), (4, 3), (5, 3), (6, 3), (7, 4), (10, 5), (25, 13), (400, 200), (1_000, 200)]
        for (desired, expected) in cases {
            #expect(ECSCircuitBreakerConfig.threshold(desiredCount: desired) == expected, "desired \(desired)")
        }
    }

    @Test(
        "Trips after exactly threshold failed tasks and rolls back (exact)",
        arguments: [(ECSTaskDefinition.Failure.failsToStart, 10), (.failsToStart, 4), (.failsHealthChecks, 10), (.failsHealthChecks, 30)])
    func tripsAtTheThresholdAndRollsBack(failure: ECSTaskDefinition.Failure, desired: Int) {
        var capacity = ECSCapacity.fargate
        var service = ECSServiceState(
            config: ContainersTestSupport.service(
                desired: desired, healthCheck: .loadBalancer, breaker: .init(enable: true, rollback: true)),
            capacity: &capacity)
        var random = SimRandom(seed: 3)
        let failed = service.deploy(ContainersTestSupport.webTask(failure: failure), tick: 0)
        var lowestHealthy = Int.max
        ContainersTestSupport.run(
            &service, capacity: &capacity, maxTicks: 30_000, random: &random,
            each: { _, s in lowestHealthy = min(lowestHealthy, s.healthyCount) },
            until: { $0.primary.isRollback && $0.primary.rolloutState == .completed })
        let record = service.history.values.first { $0.id == failed.id }
        let threshold = ECSCircuitBreakerConfig.threshold(desiredCount: desired)
        #expect(record?.rolloutState == .failed)
        #expect(record?.failedTasks == threshold)
        #expect(service.primary.isRollback && service.primary.revision == 1 && service.primary.rolloutState == .completed)
        #expect(service.tasks.allSatisfy { $0.revision == 1 } && service.healthyCount == desired)
        #expect(lowestHealthy == desired, "minimumHealthyPercent 100 keeps every old task serving")
        print("CONTAINERS-FIDELITY breaker \(failure) desired=\(desired) failedTasks=\(record?.failedTasks ?? -1) threshold=\(threshold)")
    }

    @Test func withoutAHealthCheckABrokenBuildLooksHealthyAfterFortySeconds() {
        var capacity = ECSCapacity.fargate
        var service = ECSServiceState(
            config: ContainersTestSupport.service(desired: 4, breaker: .init(enable: true, rollback: true)), capacity: &capacity)
        var random = SimRandom(seed: 4)
        service.deploy(ContainersTestSupport.webTask(failure: .failsHealthChecks), tick: 0)
        ContainersTestSupport.run(&service, capacity: &capacity, maxTicks: 6_000, random: &random, until: { !$0.isDeploying })
        #expect(service.primary.revision == 2 && service.primary.rolloutState == .completed)
        #expect(service.counters.tasksFailed == 0)
    }

    @Test func withoutRollbackAFailedDeploymentStopsLaunching() {
        var capacity = ECSCapacity.fargate
        var service = ECSServiceState(
            config: ContainersTestSupport.service(desired: 6, breaker: .init(enable: true, rollback: false)), capacity: &capacity)
        var random = SimRandom(seed: 5)
        service.deploy(ContainersTestSupport.webTask(failure: .failsToStart), tick: 0)
        ContainersTestSupport.run(&service, capacity: &capacity, maxTicks: 6_000, random: &random)
        #expect(service.primary.rolloutState == .failed && service.primary.failedTasks == 3)
        #expect(service.tasks.allSatisfy { $0.revision == 1 } && service.healthyCount == 6)
    }
}
