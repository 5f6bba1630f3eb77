@testable import CloudSim
import Testing

/// Burstable CPU credits (AWS reference 2.3): T2 standard is capped at its baseline once the
/// credits are gone; T3 unlimited keeps bursting and pays for surplus credits.
@Suite struct CreditTests {
    private func burstable(_ type: String, rps: Double) -> Architecture {
        Fixtures.standalone(
            [InstanceConfig(name: "burst-1", instanceType: type, availabilityZone: "us-east-1a", targetGroups: ["web-tg"])],
            rps: .steady(rps: rps))
    }

    /// Mean CPU of the only instance over the next `seconds`, sampled every second.
    private func meanCPU(_ sim: inout Simulation, over seconds: Int) -> Double {
        var sum = 0.0
        for _ in 0..<seconds {
            sim.run(until: sim.time + 1)
            sum += sim.snapshot().instances[0].cpu
        }
        return sum / Double(seconds)
    }

    @Test func t2CreditsRunOutAndCPUIsCappedAtBaseline() {
        // t2.micro: 1 vCPU, 50 rps at 100 %. At 45 rps (90 %) it spends 0.9 credits a minute and
        // earns 0.1: its 30 launch credits plus what it earns last about 38 minutes.
        var sim = Simulation(architecture: burstable("t2.micro", rps: 45), seed: 7)
        #expect(sim.snapshot().instances[0].cpuCredits == 30)
        let early = meanCPU(&sim, over: 60)
        #expect(abs(early - 0.9) < 0.03, "bursting at 90 % +- 3 points: \(early)")
        sim.run(until: 45 * 60)
        #expect(sim.snapshot().instances[0].cpuCredits! < 0.01, "credits exhausted")
        let capped = meanCPU(&sim, over: 600)
        #expect(abs(capped - 0.10) < 0.01, "capped at the 10 % baseline +- 1 point: \(capped)")
        #expect(sim.snapshot().instances[0].cpuCredits! < 0.01)
    }

    @Test func t3UnlimitedKeepsBurstingAndBillsSurplusCredits() {
        // t3.nano (unlimited by default): 2 vCPUs, 5 % baseline, 6 credits/h, at most 144. At
        // 95 rps (95 %) it spends 1.9 credits a minute: the surplus passes a day's earnings
        // (144) after 80 minutes, and the excess is billed.
        var sim = Simulation(architecture: burstable("t3.nano", rps: 95), seed: 8)
        sim.run(until: 60 * 60)
        #expect(sim.snapshot().instances[0].cpuCredits! < -100, "running on surplus credits")
        let cpu = meanCPU(&sim, over: 600)
        #expect(abs(cpu - 0.95) < 0.03, "not capped: 95 % +- 3 points: \(cpu)")
        sim.run(until: 90 * 60)
        let s = sim.snapshot()
        let surplus = s.cost.perHourByService.first { $0.service == "ec2-credits" }!
        // About 10 minutes x 1.8 credits beyond 144, at $0.05 per vCPU-hour (1/60 per credit).
        #expect(surplus.total > 0.01 && surplus.total < 0.02, "surplus billed: \(surplus.total)")
        #expect(s.instances[0].cpuCredits! >= -144 - 1e-9)
    }

    @Test func stoppedT2LosesItsAccruedCreditsAndStartsWithLaunchCredits() {
        // At 2.5 rps (5 %) a t2.micro spends 0.05 credits a minute from its launch credits and
        // earns 0.1 a minute into its balance. A zone outage stops it; the balance is lost.
        var sim = Simulation(architecture: burstable("t2.micro", rps: 2.5), seed: 9)
        sim.run(until: 3600)
        #expect(sim.instances[0].credits > 5.5, "earned about 6 credits in the hour")
        sim.submit(.injectFault(FaultSpec(kind: .azOutage, target: "us-east-1a")))
        sim.run(until: 3610)
        #expect(sim.instances[0].credits == 0)
        sim.submit(.healAll)
        sim.run(until: 3611)
        #expect(sim.instances[0].launchCredits == 30, "30 launch credits per vCPU at start")
        #expect(sim.snapshot().instances[0].cpuCredits == 30)
    }
}
