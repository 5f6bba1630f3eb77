import Testing

@testable import CloudSim

/// Requests reach ECS tasks, EKS pods and Beanstalk instances through their load balancers,
/// and every request is accounted for.
@Suite struct ContainerPipelineSmokeTests {
    @Test func anALBInFrontOfAFargateServiceServesEveryRequestWithinCapacity() {
        var sim = Simulation(architecture: ContainerFixtures.ecsBehindALB(rps: 300))
        sim.step(600)
        _ = sim.takeInterval()
        sim.step(600)
        let report = sim.takeInterval()
        let s = sim.snapshot()
        #expect(report.errorRate == 0, "4 tasks x 100 rps carry 300 rps: error rate \(report.errorRate)")
        #expect(abs(report.rps - 300) < 15, "rps \(report.rps)")
        // Each task is an M/M/1 at 75 %: mean sojourn 1 / (100 - 75) = 40 ms; the median of an
        // exponential is ln 2 of the mean (27.7 ms), within the histogram's 5 % buckets.
        #expect(abs(report.p50Millis - 27.7) < 3, "p50 \(report.p50Millis) ms")
        #expect(s.ecsServices.first?.running == 4)
        #expect(s.ecsServices.first?.cluster == "shop" && s.ecsServices.first?.launchType == .fargate)
        #expect(s.ecsServices.first?.targetGroup == "api-tg")
        #expect(
            s.ecsServices.first.map { abs($0.cpuUtilization - 75) < 8 } == true,
            "cpu \(s.ecsServices.first!.cpuUtilization)")
        #expect(s.cost.perHourByService.contains { $0.service == "ecs" && $0.total > 0 })
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test func aServiceWithoutHealthyTasksAnswers503AndConservesRequests() {
        var arch = ContainerFixtures.ecsBehindALB(rps: 100, desired: 1)
        arch.timeline = [
            TimelineEntry(at: 10, command: .injectFault(FaultSpec(kind: .stopTask, target: "api")))
        ]
        var sim = Simulation(architecture: arch)
        ContainerFixtures.run(&sim, to: 30) { #expect($0.invariantViolations().isEmpty) }
        let report = sim.takeInterval()
        #expect(
            report.errorRate > 0.5,
            "the only task stopped at 10 s; its replacement needs 30-45 s: \(report.errorRate)")
        ContainerFixtures.run(&sim, to: 150)
        _ = sim.takeInterval()
        ContainerFixtures.run(&sim, to: 200)
        #expect(sim.takeInterval().errorRate == 0, "replaced")
    }

    @Test func aBeanstalkEnvironmentServesThroughItsOwnLoadBalancer() {
        var sim = Simulation(architecture: ContainerFixtures.beanstalk(rps: 400))
        sim.step(600)
        let report = sim.takeInterval()
        let s = sim.snapshot()
        #expect(report.errorRate == 0)
        #expect(s.loadBalancers.contains { $0.name == "shop-alb" && $0.rps > 300 })
        #expect(s.beanstalk.first?.capacityInService == 6)
        #expect(s.beanstalk.first?.versionNumber == 1 && s.beanstalk.first?.loadBalancer == "shop-alb")
        #expect(s.cost.perHourByService.contains { $0.service == "beanstalk" })
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test func anEKSDeploymentBehindALoadBalancerScalesWithItsHPA() {
        var sim = Simulation(architecture: ContainerFixtures.eksBehindALB(pattern: .steady(rps: 300)))
        ContainerFixtures.run(&sim, to: 120) { #expect($0.invariantViolations().isEmpty) }
        let d = sim.snapshot().eksClusters[0].deployments[0]
        // 300 rps over 50 rps pods at a 50 % target: ceil(300 / 25) = 12 replicas.
        #expect(d.replicas == 12, "replicas \(d.replicas)")
        #expect(d.ready == 12)
    }
}
