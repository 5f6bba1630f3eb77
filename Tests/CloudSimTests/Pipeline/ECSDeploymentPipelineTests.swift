import Testing

@testable import CloudSim

/// Rolling ECS deployments and the circuit breaker, driven through the whole pipeline (traffic
/// through the ALB, `Command.deploy`), checked against section 10.2 of the reference.
@Suite struct ECSDeploymentPipelineTests {
    /// (desired, minimumHealthyPercent, maximumPercent) combinations, including the defaults.
    static let bounds: [(Int, Int, Int)] = [
        (4, 100, 200), (4, 50, 100), (6, 50, 150), (10, 100, 120), (5, 0, 100), (8, 75, 125),
    ]

    @Test(arguments: 0..<6)
    func aRollingDeploymentStaysWithinMinimumHealthyAndMaximumPercentOnEveryTick(_ k: Int) {
        let (desired, low, high) = Self.bounds[k]
        var sim = Simulation(
            architecture: ContainerFixtures.ecsBehindALB(
                rps: Double(desired) * 40, desired: desired, minimumHealthyPercent: low, maximumPercent: high)
        )
        sim.step(100)
        sim.submit(.deploy(DeploySpec(target: "api", version: "v2")))
        let floor = ECSServiceConfig.minimumHealthy(desired: desired, percent: low)
        let ceiling = ECSServiceConfig.maximumTasks(desired: desired, percent: high)
        var lowest = Int.max
        var highest = 0
        // Tolerance 0: the bounds are the scheduler's own rule, checked after every tick.
        for _ in 0..<6_000 {
            sim.step()
            let service = sim.containers.ecs[0].services[0]
            lowest = min(lowest, service.healthyCount)
            highest = max(highest, service.activeCount)
            if !service.isDeploying { break }
        }
        let service = sim.containers.ecs[0].services[0]
        #expect(!service.isDeploying, "the deployment completes within 10 minutes")
        #expect(lowest >= floor, "healthy tasks \(lowest) >= ceil(\(desired) x \(low) %) = \(floor)")
        #expect(highest <= ceiling, "tasks \(highest) <= floor(\(desired) x \(high) %) = \(ceiling)")
        #expect(service.tasks.allSatisfy { $0.revision == 2 }, "every task runs the new revision")
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test func aDeploymentAtMinimumHealthy100PercentServesEveryRequest() {
        var sim = Simulation(architecture: ContainerFixtures.ecsBehindALB(rps: 200, desired: 4))
        sim.step(100)
        _ = sim.takeInterval()
        sim.submit(.deploy(DeploySpec(target: "api", version: "v2")))
        sim.step(3_000)
        let report = sim.takeInterval()
        #expect(report.errorRate == 0, "old tasks serve until new ones are healthy: \(report.errorRate)")
    }

    @Test(arguments: [4, 10, 30])
    func theCircuitBreakerTripsAtHalfTheDesiredCountClampedToThreeAndRollsBack(_ desired: Int) {
        var sim = Simulation(
            architecture: ContainerFixtures.ecsBehindALB(
                rps: Double(desired) * 40, desired: desired,
                circuitBreaker: ECSCircuitBreakerConfig(enable: true, rollback: true)))
        sim.step(100)
        _ = sim.takeInterval()
        sim.submit(.deploy(DeploySpec(target: "api", version: "v2", failsHealthChecks: true)))
        let threshold = max(3, min(200, (desired + 1) / 2))
        var failed: ECSDeployment?
        for _ in 0..<12_000 {
            sim.step()
            let service = sim.containers.ecs[0].services[0]
            failed = (service.activeDeployments + service.history.values).first { $0.rolloutState == .failed }
            if failed != nil && !service.isDeploying { break }
        }
        let service = sim.containers.ecs[0].services[0]
        #expect(
            failed?.failedTasks == threshold,
            "tripped after \(failed?.failedTasks ?? -1) failures; threshold \(threshold)")
        #expect(
            service.primary.isRollback && service.primary.rolloutState == .completed,
            "rolled back to revision 1")
        #expect(service.tasks.allSatisfy { $0.revision == 1 })
        #expect(
            sim.takeInterval().errorRate == 0, "the old tasks kept serving: broken tasks never turned healthy"
        )
    }

    @Test func stoppingATaskByFaultGetsItReplaced() {
        var sim = Simulation(architecture: ContainerFixtures.ecsBehindALB(rps: 200, desired: 4))
        sim.step(10)
        sim.submit(.injectFault(FaultSpec(kind: .stopTask, target: "api")))
        sim.step(2)
        #expect(sim.containers.ecs[0].services[0].healthyCount == 3)
        sim.step(1_200)
        let service = sim.containers.ecs[0].services[0]
        #expect(service.healthyCount == 4, "replaced within two minutes (30-45 s start, 30 s check)")
        #expect(service.counters.tasksStoppedByUser == 1)
    }

    @Test func aZoneOutageStopsTheTasksThereAndTheServiceReplacesThemInTheOtherZone() {
        var sim = Simulation(architecture: ContainerFixtures.ecsBehindALB(rps: 200, desired: 4))
        sim.step(10)
        let zoneA = sim.zones.firstIndex(of: "us-east-1a")!
        let before = sim.containers.ecs[0].services[0].tasks.filter { $0.zone == zoneA }.count
        #expect(before == 2, "Fargate spreads the tasks over both zones")
        sim.submit(.injectFault(FaultSpec(kind: .azOutage, target: "us-east-1a", durationSeconds: 600)))
        sim.step(1_200)
        let service = sim.containers.ecs[0].services[0]
        #expect(service.healthyCount == 4)
        #expect(service.tasks.allSatisfy { $0.zone != zoneA }, "replacements run in us-east-1b")
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test func tasksThatFitNoContainerInstanceStayPending() {
        // Two m5.large container instances: 2,048 CPU units each, 512-unit tasks: 8 fit.
        var arch = ContainerFixtures.ecsBehindALB(
            rps: 100, desired: 10, launchType: .ec2,
            containerInstances: ECSContainerInstancesSpec(instanceType: "m5.large", count: 2))
        arch.ecsServices[0].config.minimumHealthyPercent = 0
        var sim = Simulation(architecture: arch)
        sim.step(50)
        let s = sim.snapshot().ecsServices[0]
        #expect(
            s.running == 8 && s.waitingForCapacity == 2,
            "running \(s.running), waiting \(s.waitingForCapacity)")
        #expect(
            sim.snapshot().cost.perHourByService.contains {
                $0.service == "ecs" && abs($0.perHour - 0.192) < 1e-9
            })
    }
}
