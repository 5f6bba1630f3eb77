import CloudSim
import Testing

/// Fargate: valid sizes, 30-45 s start-up, per-second billing with the one-minute minimum.
struct ContainersFargateTests {
    @Test func onlyTheDocumentedSizesAreValid() {
        let valid = [(256, 512), (256, 2_048), (512, 4_096), (1_024, 2_048), (2_048, 16_384), (4_096, 30_720), (8_192, 61_440), (16_384, 122_880)]
        let invalid = [(256, 4_096), (512, 512), (1_024, 9_216), (4_096, 31_744), (8_192, 18_432), (3_072, 8_192)]
        for (cpu, memory) in valid { #expect(FargateTaskSize(cpuUnits: cpu, memoryMiB: memory).isValid, "\(cpu)/\(memory)") }
        for (cpu, memory) in invalid { #expect(!FargateTaskSize(cpuUnits: cpu, memoryMiB: memory).isValid, "\(cpu)/\(memory)") }
        #expect(FargateTaskSize.smallestFitting(cpuUnits: 300, memoryMiB: 600) == FargateTaskSize(cpuUnits: 512, memoryMiB: 1_024))
    }

    @Test func priceOfOneVCPUAndTwoGBForAnHourAndTheMinute() {
        let size = FargateTaskSize(cpuUnits: 1_024, memoryMiB: 2_048)
        #expect(abs(FargatePricing.cost(size, seconds: 3_600) - 0.04937) < 1e-9, "reference: about $0.0494/h")
        #expect(FargatePricing.billedSeconds(10) == 60)
        #expect(FargatePricing.billedSeconds(60.2) == 61)
    }

    @Test("Service bill = vCPU-s x price + GB-s x price, 1-minute minimum (to the cent)")
    func serviceBillMatchesTheClosedForm() {
        let size = FargateTaskSize(cpuUnits: 2_048, memoryMiB: 8_192)
        var config = ContainersTestSupport.service(desired: 20)
        config.taskDefinition.size = size
        var capacity = ECSCapacity.fargate
        var service = ECSServiceState(config: config, capacity: &capacity)
        var random = SimRandom(seed: 6)
        var placed: [String: Int] = [:]
        var lifetimes: [Double] = []
        var tick = 0
        func observe(_ s: ECSServiceState) {
            for t in s.tasks { if let p = t.placedTick { placed[t.id] = p } }
        }
        observe(service)
        while tick < 18_000 {
            if tick % 150 == 0 && tick < 9_000 { service.stopTask(tick: tick) }  // many short-lived replacements
            if tick == 9_000 { service.setDesiredCount(0, tick: tick) }
            let before = Set(service.tasks.map(\.id))
            service.step(tick: tick, capacity: &capacity, random: &random)
            let after = Set(service.tasks.map(\.id))
            for gone in before.subtracting(after) { lifetimes.append(Double(tick - placed[gone]!) * 0.1) }
            observe(service)
            tick += 1
        }
        #expect(service.tasks.isEmpty)
        let vCPUSeconds = lifetimes.reduce(0) { $0 + max(60, $1.rounded(.up)) * size.vCPU }
        let gbSeconds = lifetimes.reduce(0) { $0 + max(60, $1.rounded(.up)) * size.memoryGB }
        let expected = vCPUSeconds * 0.04048 / 3_600 + gbSeconds * 0.004445 / 3_600
        let billed = service.fargateCost(tick: tick)
        #expect(abs(billed - expected) < 0.005, "billed \(billed) vs \(expected)")
        #expect(lifetimes.contains { $0 < 60 }, "some tasks ran under a minute")
        print("CONTAINERS-FIDELITY fargate tasks=\(lifetimes.count) billed=\(billed) closedForm=\(expected)")
    }

    @Test func startUpTakesThirtyToFortyFiveSeconds() {
        var capacity = ECSCapacity.fargate
        var service = ECSServiceState(config: ContainersTestSupport.service(desired: 0), capacity: &capacity)
        var random = SimRandom(seed: 8)
        service.setDesiredCount(200, tick: 0)
        var startTicks: [String: Int] = [:]
        ContainersTestSupport.run(
            &service, capacity: &capacity, maxTicks: 600, random: &random,
            each: { tick, s in for t in s.tasks where t.status == .running && startTicks[t.id] == nil { startTicks[t.id] = tick } })
        #expect(startTicks.count == 200)
        #expect(startTicks.values.allSatisfy { $0 >= 300 && $0 <= 450 })
        let mean = Double(startTicks.values.reduce(0, +)) / 200 / 10
        #expect(abs(mean - 37.5) < 1.5, "mean start-up \(mean) s")
    }
}
