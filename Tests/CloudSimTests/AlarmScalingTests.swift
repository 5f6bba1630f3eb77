@testable import CloudSim
import Testing

/// Target tracking's managed alarms (high 3 of 3, low 15 of 15 one-minute datapoints),
/// simple-scaling cooldowns and warm-up (AWS reference 0, 1.4, 1.5).
@Suite struct AlarmScalingTests {
    @Test func scalesOutAfterThreeBreachingDatapointsAndNotAfterTwo() {
        // 3 x m5.large: 150 rps is 50 % CPU, 225 rps from minute 2 on is 75 % (target 60).
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .spike(base: 150, peak: 225, at: 120, duration: 3600)), seed: 1)
        sim.run(until: 120)
        #expect(sim.snapshot().groups[0].alarms[0].breaching == 0)
        sim.run(until: 240)  // minutes 3 and 4 breach
        var group = sim.snapshot().groups[0]
        #expect(group.alarms[0].breaching == 2)
        #expect(group.alarms[0].state == .ok)
        #expect(group.desired == 3)
        sim.run(until: 300)  // minute 5: third breaching datapoint
        group = sim.snapshot().groups[0]
        #expect(group.alarms[0].state == .alarm)
        #expect(group.desired == 4, "ceil(3 x 75 / 60) = 4")
    }

    @Test func scaleInWaitsForFifteenDatapoints() {
        // 60 rps on 3 x m5.large is 20 % CPU, under the low alarm's 54 % (0.9 x target 60).
        var sim = Simulation(architecture: Fixtures.webApp(rps: .steady(rps: 60)), seed: 2)
        sim.run(until: 14 * 60)
        var group = sim.snapshot().groups[0]
        #expect(group.alarms[1].breaching == 14)
        #expect(group.alarms[1].state == .ok)
        #expect(group.desired == 3)
        sim.run(until: 15 * 60)
        group = sim.snapshot().groups[0]
        #expect(group.alarms[1].state == .alarm)
        #expect(group.desired == 2, "3 x 20 / 60 = 1 instance wanted, clamped to min 2")
    }

    @Test func cooldownBlocksASecondSimplePolicyAction() {
        // +1 instance while CPU > 60 % (1 of 1 minute); the load keeps the alarm in ALARM throughout.
        let alarm = AlarmConfig(name: "cpu-high", comparison: .greaterThan, threshold: 60, evaluationPeriods: 1)
        let policy = ScalingPolicyConfig.simple(SimplePolicyConfig(name: "add-one", alarm: alarm, adjustment: 1))
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 300), desired: 3, policies: [policy]), seed: 3)
        sim.run(until: 60)
        #expect(sim.snapshot().groups[0].desired == 4)
        // The launch takes 90 s (until t = 150); only then does the 300 s cooldown start.
        sim.run(until: 149)
        #expect(sim.groups[0].simpleActivityRunning)
        sim.run(until: 200)
        let remaining = sim.snapshot().groups[0].cooldownRemaining
        #expect(abs(remaining - 250) < 0.2, "cooldown runs 150 s -> 450 s, remaining \(remaining)")
        // Alarm re-invocations at 120, 180, ... 420 s are ignored.
        sim.run(until: 479)
        #expect(sim.snapshot().groups[0].alarms[0].state == .alarm)
        #expect(sim.snapshot().groups[0].desired == 4)
        sim.run(until: 480)
        #expect(sim.snapshot().groups[0].desired == 5)
    }

    @Test func warmUpBlocksScaleInAndWarmingInstancesCountTowardDesired() {
        // 255 rps on 3 instances is 85 %: desired 3 -> ceil(4.25) = 5 at minute 3. The load then
        // drops to 30 % of that at 330 s, so the low alarm breaches from minute 6 and is in ALARM
        // from minute 20, while the two new instances warm up until 270 + 1200 = 1470 s.
        let drop = TimelineEntry(at: 330, command: .setTrafficMultiplier(source: "users", factor: 0.3))
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 255), warmup: 1200, timeline: [drop]), seed: 4)
        sim.run(until: 180)
        #expect(sim.snapshot().groups[0].desired == 5)
        // Minutes 4 and 5 still breach (the new instances are pending), but they already count.
        sim.run(until: 240)
        #expect(sim.snapshot().groups[0].alarms[0].state == .alarm)
        #expect(sim.snapshot().groups[0].desired == 5, "no second scale-out for the same breach")
        sim.run(until: 300)
        #expect(sim.snapshot().groups[0].desired == 5)
        sim.run(until: 1440)
        var group = sim.snapshot().groups[0]
        #expect(group.alarms[1].state == .alarm)
        #expect(group.warmingUp == 2)
        #expect(group.desired == 5, "scale-in blocked while instances warm up")
        sim.run(until: 1500)
        group = sim.snapshot().groups[0]
        #expect(group.warmingUp == 0)
        #expect(group.desired == 2)
    }

    @Test func stepPolicyPicksTheBandAndDoesNotRepeatItWhileInstancesWarmUp() {
        // The documented example: threshold 50 %, group of 10; 60-70 % adds 10 %, >= 70 % adds 30 %.
        let alarm = AlarmConfig(name: "cpu-over-50", comparison: .greaterThan, threshold: 50, evaluationPeriods: 1)
        let policy = ScalingPolicyConfig.step(
            StepPolicyConfig(
                name: "steps", alarm: alarm, adjustmentType: .percentChangeInCapacity,
                steps: [
                    StepAdjustment(lowerBound: 10, upperBound: 20, adjustment: 10),
                    StepAdjustment(lowerBound: 20, upperBound: nil, adjustment: 30),
                ]))
        // 750 rps on 10 x m5.large is 75 %: the >= 70 % band, 10 + 3 = 13.
        var sim = Simulation(
            architecture: Fixtures.webApp(rps: .steady(rps: 750), maxSize: 20, desired: 10, policies: [policy]), seed: 5)
        sim.run(until: 60)
        #expect(sim.snapshot().groups[0].desired == 13)
        // Minute 2 still reads 75 % (the three are pending) but they already count: no second step.
        sim.run(until: 120)
        #expect(sim.snapshot().groups[0].alarms[0].state == .alarm)
        #expect(sim.snapshot().groups[0].desired == 13)
        // With 13 serving, 58 % is above the alarm threshold but below every band: no change.
        sim.run(until: 600)
        let group = sim.snapshot().groups[0]
        #expect(group.desired == 13)
        #expect(group.inService == 13)
    }
}
