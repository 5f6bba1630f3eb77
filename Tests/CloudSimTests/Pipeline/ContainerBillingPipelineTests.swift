import Testing

@testable import CloudSim

/// The bill of containers through the pipeline: Fargate per second with the one-minute
/// minimum, the EKS control plane per hour plus its nodes, Beanstalk as its EC2 instances.
@Suite struct ContainerBillingPipelineTests {
    private func line(_ sim: Simulation, _ service: String) -> ServiceCost? {
        sim.snapshot().cost.perHourByService.first { $0.service == service }
    }

    @Test func fargateBillsPerSecondWithAOneMinuteMinimumForAStoppedTask() throws {
        var sim = Simulation(architecture: ContainerFixtures.ecsBehindALB(rps: 100, desired: 4))
        sim.step(100)
        sim.submit(.injectFault(FaultSpec(kind: .stopTask, target: "api")))
        sim.step(5_900)
        // Three tasks ran 600 s; the stopped one was placed at 0 and STOPPED 30 s after its stop
        // at 10.1 s: 40.1 s, billed as 60 s; its replacement was placed at 10.1 s: 589.9 s.
        let perSecond = FargatePricing.perSecond(FargateTaskSize(cpuUnits: 512, memoryMiB: 1_024))
        let expected = (3 * 600 + 60 + 589.9) * perSecond
        let ecs = try #require(line(sim, "ecs"))
        #expect(abs(ecs.total - expected) < 1e-9, "ecs bill \(ecs.total), closed form \(expected)")
        #expect(abs(ecs.perHour - 4 * perSecond * 3_600) < 1e-9)
    }

    @Test func eksBillsTheControlPlanePerHourAndItsNodesAsEC2() throws {
        var sim = Simulation(
            architecture: ContainerFixtures.eksBehindALB(pattern: .steady(rps: 50), hpa: nil))
        sim.step(36_000)
        // One hour: $0.10 for the control plane plus two m5.large nodes at $0.096.
        let eks = try #require(line(sim, "eks"))
        #expect(abs(eks.total - (0.10 + 2 * 0.096)) < 1e-9, "eks bill \(eks.total)")
        #expect(abs(eks.perHour - 0.292) < 1e-12)
    }

    @Test func beanstalkBillsItsInstancesAndItsLoadBalancerAsELB() throws {
        var sim = Simulation(architecture: ContainerFixtures.beanstalk(rps: 100, instances: 6))
        sim.step(36_000)
        let beanstalk = try #require(line(sim, "beanstalk"))
        // Six t3.small at $0.0208 for an hour; the ALB is on the elb line.
        #expect(abs(beanstalk.total - 6 * 0.0208) < 1e-9, "beanstalk bill \(beanstalk.total)")
        #expect((line(sim, "elb")?.total ?? 0) > 0.0225)
    }
}
