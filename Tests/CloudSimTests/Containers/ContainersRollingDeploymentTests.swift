import CloudSim
import Testing

/// ECS rolling updates: the minimumHealthyPercent / maximumPercent bounds hold every tick.
struct ContainersRollingDeploymentTests {
    @Test(
        "Healthy >= ceil(desired x min%) and tasks <= floor(desired x max%) every tick (exact)",
        arguments: [(4, 50, 200), (4, 100, 200), (6, 50, 100), (10, 100, 150), (5, 0, 100), (7, 75, 125)])
    func boundsHoldEveryTickOfARollingDeployment(desired: Int, minPercent: Int, maxPercent: Int) {
        for healthCheck in [ECSServiceConfig.HealthCheck.none, .loadBalancer] {
            var capacity = ECSCapacity.fargate
            var service = ECSServiceState(
                config: ContainersTestSupport.service(desired: desired, min: minPercent, max: maxPercent, healthCheck: healthCheck),
                capacity: &capacity)
            var random = SimRandom(seed: 7)
            service.deploy(ContainersTestSupport.webTask(), tick: 0)
            let floorHealthy = (desired * minPercent + 99) / 100
            let ceilingTasks = desired * maxPercent / 100
            var lowest = Int.max
            var highest = 0
            let end = ContainersTestSupport.run(
                &service, capacity: &capacity, maxTicks: 36_000, random: &random,
                each: { _, s in
                    #expect(s.invariantViolations().isEmpty)
                    lowest = min(lowest, s.healthyCount)
                    highest = max(highest, s.activeCount)
                }, until: { !$0.isDeploying })
            #expect(lowest >= floorHealthy, "healthy fell to \(lowest) < \(floorHealthy)")
            #expect(highest <= ceilingTasks, "tasks reached \(highest) > \(ceilingTasks)")
            #expect(!service.isDeploying && service.primary.rolloutState == .completed)
            #expect(service.tasks.allSatisfy { $0.revision == 2 } && service.healthyCount == desired)
            print(
                "CONTAINERS-FIDELITY rolling desired=\(desired) min=\(minPercent)% max=\(maxPercent)% check=\(healthCheck) "
                    + "lowestHealthy=\(lowest)>=\(floorHealthy) highestTasks=\(highest)<=\(ceilingTasks) seconds=\(Double(end) / 10)")
        }
    }

    @Test func withoutHealthChecksANewTaskCountsAsHealthyFortySecondsAfterRunning() {
        var capacity = ECSCapacity.ec2(count: 4, cpuUnits: 4_096, memoryMiB: 8_192)
        var service = ECSServiceState(config: ContainersTestSupport.service(desired: 1), capacity: &capacity)
        var random = SimRandom(seed: 1)
        service.deploy(ContainersTestSupport.webTask(), tick: 0)
        var runningAt: Int?
        var healthyAt: Int?
        ContainersTestSupport.run(
            &service, capacity: &capacity, maxTicks: 2_000, random: &random,
            each: { tick, s in
                let new = s.tasks.first { $0.revision == 2 }
                if runningAt == nil, new?.status == .running { runningAt = tick }
                if healthyAt == nil, new?.health == .healthy { healthyAt = tick }
            })
        #expect(runningAt == 100, "EC2 start-up 10 s")
        #expect(healthyAt.map { $0 - runningAt! } == 400, "40 s after RUNNING")
    }

    @Test func stoppedTaskIsReplacedAndDoesNotTripTheBreaker() {
        var capacity = ECSCapacity.fargate
        var service = ECSServiceState(
            config: ContainersTestSupport.service(desired: 3, breaker: .init(enable: true, rollback: true)), capacity: &capacity)
        var random = SimRandom(seed: 2)
        let stopped = service.stopTask(tick: 0)
        #expect(stopped == "web/1")
        ContainersTestSupport.run(&service, capacity: &capacity, maxTicks: 1_200, random: &random)
        #expect(service.healthyCount == 3 && service.runningCount == 3)
        #expect(service.counters.tasksStoppedByUser == 1 && service.counters.tasksFailed == 0)
        #expect(!service.tasks.contains { $0.id == "web/1" })
    }
}
