import Testing

@testable import CloudSim

/// Requests are conserved with tasks, pods and Beanstalk fleets in the path, whatever happens;
/// the same seed gives the same output byte for byte.
@Suite struct ContainerChaosTests {
    /// ECS (Fargate, circuit breaker, auto scaling), EKS with an HPA and a Beanstalk
    /// environment, each behind its load balancer, under one traffic source each.
    static func everything(timeline: [TimelineEntry]) -> Architecture {
        var a = ContainerFixtures.ecsBehindALB(
            rps: 300, desired: 4, circuitBreaker: ECSCircuitBreakerConfig(enable: true, rollback: true),
            autoScaling: ECSServiceScalingPolicy(targetValue: 60, minCapacity: 2, maxCapacity: 12),
            timeline: timeline)
        let eks = ContainerFixtures.eksBehindALB(pattern: .steady(rps: 200))
        let beanstalk = ContainerFixtures.beanstalk(rps: 300, instances: 6)
        a.loadBalancers += eks.loadBalancers
        a.traffic += eks.traffic + beanstalk.traffic
        a.eksClusters = eks.eksClusters
        a.beanstalkEnvironments = beanstalk.beanstalkEnvironments
        return a
    }

    static let chaos: [TimelineEntry] = [
        TimelineEntry(
            at: 60,
            command: .injectFault(
                FaultSpec(kind: .trafficSpike, target: "*", durationSeconds: 240, magnitude: 3))),
        TimelineEntry(at: 90, command: .injectFault(FaultSpec(kind: .stopTask, target: "api"))),
        TimelineEntry(
            at: 120, command: .deploy(DeploySpec(target: "api", version: "v2", failsHealthChecks: true))),
        TimelineEntry(
            at: 150, command: .deploy(DeploySpec(target: "shop", version: "v2", policy: .allAtOnce))),
        TimelineEntry(
            at: 400,
            command: .injectFault(FaultSpec(kind: .azOutage, target: "us-east-1a", durationSeconds: 300))),
        TimelineEntry(
            at: 450, command: .injectFault(FaultSpec(kind: .badDeploy, target: "shop", durationSeconds: 200))),
        TimelineEntry(
            at: 800, command: .deploy(DeploySpec(target: "shop", version: "v4", policy: .immutable))),
        TimelineEntry(
            at: 900, command: .injectFault(FaultSpec(kind: .latency, target: "api-alb", durationSeconds: 60))),
        TimelineEntry(at: 1_000, command: .deploy(DeploySpec(target: "api", version: "v3"))),
    ]

    @Test func requestsAreConservedThroughDeploysFaultsAndOutagesOnEveryTick() {
        var sim = Simulation(architecture: Self.everything(timeline: Self.chaos))
        var worst: [String] = []
        // Exact: arrived = served + failed + queued (at instances, distributions, container groups).
        for _ in 0..<15_000 {
            sim.step()
            let problems = sim.invariantViolations()
            if !problems.isEmpty, worst.isEmpty { worst = problems }
        }
        #expect(worst.isEmpty, "\(worst)")
        let totals = sim.totals
        #expect(totals.arrived > 1_000_000 && totals.succeeded > totals.failed)
        #expect(
            sim.snapshot().ecsServices[0].primary.taskDefinition == "api:3",
            "v3 (revision 3) deployed after the rollback to revision 1")
    }

    @Test func theSameSeedGivesByteIdenticalHeadlessOutput() {
        func output(seed: UInt64) -> String {
            var sim = Simulation(architecture: Self.everything(timeline: Self.chaos), seed: seed)
            var text = ""
            HeadlessRun.run(&sim, duration: 1_200, every: 60, format: .csv, events: false) {
                text += $0 + "\n"
            }
            return text
        }
        let first = output(seed: 7)
        #expect(first == output(seed: 7))
        #expect(first != output(seed: 8))
        #expect(
            first.contains("ecs.api.running") && first.contains("eks.web.replicas")
                && first.contains("beanstalk.shop.capacity"))
    }

    @Test func aScenarioWithoutContainersBuildsNoContainerState() {
        let sim = Simulation(architecture: Architecture(name: "plain", regions: [ContainerFixtures.region]))
        #expect(sim.containers.isEmpty && sim.containers.routes.isEmpty)
        #expect(sim.snapshot().ecsServices.isEmpty && sim.snapshot().beanstalk.isEmpty)
    }
}
