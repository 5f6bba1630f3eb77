import Testing

@testable import CloudSim

/// ECS service auto scaling and the Kubernetes HPA fed by the load balancer's traffic,
/// checked against sections 10.3 and 10.5 of the reference.
@Suite struct ContainerScalingPipelineTests {
    @Test func theHPAsDecisionsEqualTheFormulaWithToleranceAndStabilisation() {
        // Up from 100 to 500 rps over 5 minutes, then down to 150: both directions and the
        // 300 s scale-down window are exercised.
        let pattern = RatePattern.spike(base: 100, peak: 500, at: 300, duration: 600)
        var sim = Simulation(architecture: ContainerFixtures.eksBehindALB(pattern: pattern, nodes: 4))
        var decisions: [HPADecision] = []
        while sim.time < 1_800 {
            sim.step(150)
            let recent = sim.containers.eks[0].deployments[0].hpa!.decisions.values
            decisions += recent.filter { d in d.time > (decisions.last?.time ?? -1) }
        }
        #expect(decisions.count >= 110, "a pass every 15 s with Ready pods: \(decisions.count)")
        let config = sim.containers.eks[0].deployments[0].hpa!.config
        var window: [(time: Double, replicas: Int)] = []
        var scaledDown = false
        for d in decisions {
            // Exact: integers, and the ratio compared with the 10 % tolerance as Kubernetes does.
            let ratio = d.metric / d.target
            let within = abs(ratio - 1) <= 0.1
            let raw =
                within ? d.currentReplicas : Int((Double(d.currentReplicas) * ratio - 1e-9).rounded(.up))
            #expect(d.withinTolerance == within && d.recommendation == raw, "pass at \(d.time) s")
            window.removeAll { d.time - $0.time > 300 + 1e-9 }
            window.append((d.time, raw))
            let highest = window.map(\.replicas).max()!
            var expected = max(d.currentReplicas, raw)
            expected = min(expected, highest)
            expected = min(max(expected, config.minReplicas), config.maxReplicas)
            #expect(d.desiredReplicas == expected, "pass at \(d.time) s: \(d.desiredReplicas) vs \(expected)")
            if d.desiredReplicas < d.currentReplicas { scaledDown = true }
        }
        #expect(scaledDown, "the scale-down after the spike is seen")
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test func podsBeyondTheNodesRoomWaitPending() {
        // One m5.large node: 1,860 m allocatable holds 7 pods of 250 m; 600 rps asks for 20.
        var sim = Simulation(
            architecture: ContainerFixtures.eksBehindALB(pattern: .steady(rps: 600), nodes: 1))
        sim.step(1_200)
        let d = sim.snapshot().eksClusters[0].deployments[0]
        #expect(
            d.replicas == 20 && d.ready == 7 && d.pending == 13,
            "replicas \(d.replicas) ready \(d.ready) pending \(d.pending)")
        #expect(sim.takeInterval().errorRate > 0.3, "seven pods cannot carry 600 rps")
    }

    @Test func serviceAutoScalingSetsDesiredFromTheRunningCountAfterThreeBreachingMinutes() {
        let policy = ECSServiceScalingPolicy(targetValue: 50, minCapacity: 2, maxCapacity: 20)
        var sim = Simulation(
            architecture: ContainerFixtures.ecsBehindALB(
                desired: 4, autoScaling: policy, pattern: .steady(rps: 300)))
        // 300 rps on 4 x 100: 75 % CPU against a 50 % target.
        var firstScaleOut: (time: Double, desired: Int, expected: Int)?
        var scaleOuts: [Double] = []
        var previous = 4
        while sim.time < 900 {
            let running = sim.containers.ecs[0].services[0].runningCount
            sim.step()
            let service = sim.containers.ecs[0].services[0]
            if service.desiredCount > previous {
                scaleOuts.append(sim.time)
                let datapoint = service.lastScalingDatapoint ?? 0
                let expected = Int((Double(running) * datapoint / 50 - 1e-9).rounded(.up))
                if firstScaleOut == nil { firstScaleOut = (sim.time, service.desiredCount, expected) }
            }
            previous = service.desiredCount
        }
        let first = try! #require(firstScaleOut)
        #expect(abs(first.time - 180) < 1, "three one-minute datapoints above target: \(first.time) s")
        #expect(
            first.desired == first.expected && first.desired == 6,
            "ceil(4 x 75 / 50) = 6, got \(first.desired)")
        #expect(
            scaleOuts.count == 1, "at 6 tasks the CPU sits at the target: no second scale-out \(scaleOuts)")
        #expect(abs(sim.containers.ecs[0].services[0].cpuUtilization - 50) < 3)
        #expect(sim.takeInterval().errorRate < 0.001)
    }

    @Test func scaleInWaitsForFifteenLowDatapointsAndRespectsTheCooldown() {
        let policy = ECSServiceScalingPolicy(targetValue: 50, minCapacity: 2, maxCapacity: 20)
        var sim = Simulation(
            architecture: ContainerFixtures.ecsBehindALB(
                desired: 10, autoScaling: policy, pattern: .steady(rps: 100)))
        var scaleIns: [Double] = []
        var previous = 10
        while sim.time < 2_400 {
            sim.step()
            let desired = sim.containers.ecs[0].services[0].desiredCount
            if desired < previous { scaleIns.append(sim.time) }
            previous = desired
        }
        #expect(
            scaleIns.first.map { abs($0 - 900) < 1 } == true,
            "15 one-minute datapoints below 45 %: \(scaleIns)")
        for (a, b) in zip(scaleIns, scaleIns.dropFirst()) {
            #expect(b - a >= 300 - 1e-6, "300 s scale-in cooldown")
        }
        #expect(
            sim.containers.ecs[0].services[0].desiredCount == 2,
            "100 rps at 50 % of 100 rps per task: 2 tasks")
    }

    @Test func aZoneOutageEvictsThePodsOnItsNodesAndTheyWaitPendingForRoom() {
        // Two nodes, one per zone, each with room for 7 pods of 250 m; 10 replicas, no HPA.
        var sim = Simulation(
            architecture: ContainerFixtures.eksBehindALB(
                pattern: .steady(rps: 100), replicas: 10, nodes: 2, hpa: nil))
        sim.step(100)
        #expect(sim.snapshot().eksClusters[0].deployments[0].ready == 10)
        sim.submit(.injectFault(FaultSpec(kind: .azOutage, target: "us-east-1a", durationSeconds: 300)))
        sim.step(100)
        let during = sim.snapshot().eksClusters[0].deployments[0]
        #expect(
            during.ready == 7 && during.pending == 3,
            "the surviving node holds 7: ready \(during.ready), pending \(during.pending)")
        sim.step(3_000)
        let after = sim.snapshot().eksClusters[0].deployments[0]
        #expect(after.ready == 10 && after.pending == 0, "the zone is back: the Pending pods are scheduled")
        #expect(sim.invariantViolations().isEmpty)
    }
}
