import CloudSim
import Testing

/// EC2 placement by CPU and memory, task replacement, and service auto scaling.
struct ContainersPlacementAndScalingTests {
    @Test func aTaskThatDoesNotFitStaysPendingUntilAnInstanceHasRoom() {
        var cluster = ECSClusterState(name: "c", capacity: .ec2(count: 2, cpuUnits: 2_048, memoryMiB: 3_900))
        cluster.addService(ContainersTestSupport.service(desired: 5))  // 1,024 CPU / 2,048 MiB each: one per instance by memory
        var random = SimRandom(seed: 9)
        for tick in 0..<600 { cluster.step(tick: tick, random: &random) }
        #expect(cluster.services[0].runningCount == 2)
        #expect(cluster.tasksWaitingForCapacity == 3)
        #expect(cluster.services[0].snapshot(tick: 600).waitingForCapacity == 3)
        cluster.addContainerInstance(ECSContainerInstance(id: "i-big", cpuUnits: 8_192, memoryMiB: 16_000))
        for tick in 600..<1_000 {
            cluster.step(tick: tick, random: &random)
            #expect(cluster.capacity.reservationsMatch(cluster.services))
        }
        #expect(cluster.services[0].runningCount == 5 && cluster.tasksWaitingForCapacity == 0)
        #expect(cluster.capacity.instances[2].usedMemory == 3 * 2_048)
    }

    @Test func cpuTargetTrackingScalesOutFromTheRunningCountAndInAfterCooldown() {
        let policy = ECSServiceScalingPolicy(metric: .averageCPUUtilization, targetValue: 50, minCapacity: 2, maxCapacity: 20)
        var capacity = ECSCapacity.fargate
        var service = ECSServiceState(config: ContainersTestSupport.service(desired: 4, scaling: policy), capacity: &capacity)
        var random = SimRandom(seed: 10)
        // 4 tasks x 100 req/s; 300 req/s = 75 % CPU -> ceil(4 x 75 / 50) = 6 after three datapoints.
        var tick = ContainersTestSupport.run(&service, capacity: &capacity, maxTicks: 1_799, load: 300, random: &random)
        #expect(service.desiredCount == 4, "two datapoints are not enough")
        tick = ContainersTestSupport.run(&service, capacity: &capacity, from: tick, maxTicks: 1, load: 300, random: &random)
        #expect(service.desiredCount == 6)
        tick = ContainersTestSupport.run(&service, capacity: &capacity, from: tick, maxTicks: 6_000, load: 300, random: &random)
        #expect(service.desiredCount == 6 && service.runningCount == 6, "50 % at 6 tasks is on target")
        // 60 req/s over 6 tasks = 10 % CPU: after 15 low datapoints, ceil-free removal to 2 (min).
        var scaleInTick: Int?
        ContainersTestSupport.run(
            &service, capacity: &capacity, from: tick, maxTicks: 12_000, load: 60, random: &random,
            each: { t, s in if scaleInTick == nil, s.desiredCount < 6 { scaleInTick = t } })
        #expect(scaleInTick.map { $0 - tick } == 15 * 600 - 1, "fifteenth low datapoint")
        #expect(service.desiredCount == 2)
        #expect(service.counters.scaleOuts == 1 && service.counters.scaleIns == 1)
    }

    @Test func requestCountPerTargetUsesRequestsPerTaskPerMinute() {
        let policy = ECSServiceScalingPolicy(metric: .requestCountPerTarget, targetValue: 3_000, minCapacity: 1, maxCapacity: 50)
        var capacity = ECSCapacity.fargate
        var service = ECSServiceState(config: ContainersTestSupport.service(desired: 2, scaling: policy), capacity: &capacity)
        var random = SimRandom(seed: 11)
        // 200 req/s = 12,000 per minute over 2 targets = 6,000 each -> ceil(2 x 6,000 / 3,000) = 4.
        ContainersTestSupport.run(&service, capacity: &capacity, maxTicks: 1_800, load: 200, random: &random)
        #expect(service.desiredCount == 4)
        #expect(abs((service.lastScalingDatapoint ?? 0) - 6_000) < 1e-6)
    }

    @Test func targetsExposeRunningTasksWithHealthAndCapacity() {
        var capacity = ECSCapacity.fargate
        var service = ECSServiceState(config: ContainersTestSupport.service(desired: 3), capacity: &capacity)
        var random = SimRandom(seed: 12)
        service.deploy(ContainersTestSupport.webTask(), tick: 0)
        ContainersTestSupport.run(&service, capacity: &capacity, maxTicks: 460, random: &random)
        let targets = service.targets
        #expect(targets.count >= 3)
        #expect(targets.allSatisfy { $0.requestsPerSecond == 100 && $0.cpuUnits == 1_024 })
        #expect(service.healthyCapacityRequestsPerSecond == Double(service.healthyCount) * 100)
        let snapshot = service.snapshot(tick: 460)
        #expect(snapshot.primary.taskDefinition == "web:2" && snapshot.older.first?.taskDefinition == "web:1")
    }
}
