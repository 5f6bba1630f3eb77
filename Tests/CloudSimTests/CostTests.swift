@testable import CloudSim
import Testing

/// EC2 per-second billing with a 60 s minimum, and the hourly rate (AWS reference 2.1, 13).
@Suite struct CostTests {
    /// One stand-alone m5.large ($0.096/h), no load balancer, no traffic.
    private func solo() -> Simulation {
        Simulation(
            architecture: Architecture(
                name: "solo", regions: [Fixtures.region],
                instances: [InstanceConfig(name: "solo", instanceType: "m5.large", availabilityZone: "us-east-1a")]),
            seed: 1)
    }

    @Test func instanceTerminatedAfter20SecondsIsBilledTheSixtySecondMinimum() {
        var sim = solo()
        sim.run(until: 20)
        sim.submit(.injectFault(FaultSpec(kind: .terminateInstance, target: "solo")))
        sim.run(until: 120)
        let s = sim.snapshot()
        #expect(s.instances.isEmpty)
        #expect(abs(s.cost.total - 0.096 * 60 / 3600) < 1e-12, "60 s billed: \(s.cost.total)")
        #expect(s.cost.perHour == 0)
    }

    @Test func instanceRunningPastAMinuteIsBilledPerSecond() {
        var sim = solo()
        sim.run(until: 100)
        sim.submit(.injectFault(FaultSpec(kind: .terminateInstance, target: "solo")))
        sim.run(until: 200)
        let seconds = sim.snapshot().cost.total / 0.096 * 3600
        #expect(abs(seconds - 100.1) < 1e-6, "billed \(seconds) s for 100.1 s (the kill applies at tick 1001)")
    }

    @Test func launchedInstanceIsBilledFromRunningNotFromTheSecondItStarted() {
        // A group instance becomes `running` 10 s after launch, mid-second; scaled in 30 s later
        // it costs exactly the 60 s minimum (no extra for the partial first second).
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 0), minSize: 0, desired: 0, policies: []), seed: 2)
        sim.run(until: 3.35)
        sim.submit(.setDesiredCapacity(group: "web", desired: 1))
        sim.step(until: { $0.hot.first?.isRunning == true }, within: 20)
        let runningAt = sim.instances[0].runningSince!
        #expect(runningAt != runningAt.rounded(), "running since \(runningAt), inside a second")
        let elb = 0.0225 / 3600
        sim.run(until: runningAt + 30)
        sim.submit(.setDesiredCapacity(group: "web", desired: 0))
        sim.run(until: 200)
        let ec2 = sim.snapshot().cost.perHourByService.first { $0.service == "ec2" }!.total
        #expect(abs(ec2 / 0.096 * 3600 - 60) < 1e-6, "billed \(ec2 / 0.096 * 3600) s")
        #expect(abs(sim.snapshot().cost.total - ec2 - 200 * elb) < 1e-9)
    }

    @Test func costPerHourIsTheRunningInstancesPlusTheLoadBalancerCharges() {
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 500), desired: 5, policies: []), seed: 16)
        sim.run(until: 30)
        let s = sim.snapshot()
        // 5 x m5.large + ALB hour + LCU-hours (one LCU per 250 rps in this model).
        let expected = 5 * 0.096 + 0.0225 + 0.008 * s.loadBalancers[0].rps / 250
        #expect(abs(s.cost.perHour - expected) < 1e-9, "\(s.cost.perHour) vs \(expected)")
    }

    @Test func idleLoadBalancerCostsOnlyItsHourlyCharge() {
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 0), desired: 3, policies: []), seed: 16)
        sim.run(until: 30)
        let s = sim.snapshot()
        #expect(abs(s.cost.perHour - (3 * 0.096 + 0.0225)) < 1e-9, "no traffic, no LCU-hours: \(s.cost.perHour)")
        sim.run(until: 3630)
        #expect(abs(sim.snapshot().cost.total - (3 * 0.096 + 0.0225) * 3630 / 3600) < 1e-9)
    }
}
