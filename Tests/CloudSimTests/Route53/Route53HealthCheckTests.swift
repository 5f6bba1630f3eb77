import CloudSim
import Testing

/// Runs a check for `ticks` ticks of 100 ms; returns the first tick at which its reported
/// status differed from the start, if any.
private func firstFlip(
    _ config: Route53HealthCheckConfig, ticks: Int, passes: (_ region: String, _ tick: Int) -> Bool
) -> Int? {
    var state = Route53HealthCheckState(config: config, tickSeconds: 0.1)
    var random = SimRandom(seed: 1)
    let initial = state.isHealthy
    for tick in 1...ticks {
        _ = state.step(tick: tick, passProbability: { passes($0, tick) ? 1 : 0 }, random: &random)
        if state.isHealthy != initial { return tick }
    }
    return nil
}

@Test func standardCheckReportsUnhealthyExactlyNinetySecondsAfterFailure() {
    let flip = firstFlip(.init(id: "hc", endpoint: "e"), ticks: 2_000) { _, _ in false }
    #expect(flip == 900)  // 3 rounds × 30 s, tick = 100 ms
}

@Test func fastCheckReportsUnhealthyExactlyThirtySecondsAfterFailure() {
    let flip = firstFlip(.init(id: "hc", endpoint: "e", interval: .fast), ticks: 2_000) { _, _ in false }
    #expect(flip == 300)  // 3 rounds × 10 s
}

@Test func failureThresholdSetsTheNumberOfFailedRounds() {
    let one = firstFlip(.init(id: "hc", endpoint: "e", interval: .fast, failureThreshold: 1), ticks: 2_000) {
        _, _ in false
    }
    let ten = firstFlip(.init(id: "hc", endpoint: "e", interval: .fast, failureThreshold: 10), ticks: 2_000) {
        _, _ in false
    }
    #expect(one == 100)
    #expect(ten == 1_000)
}

@Test func endpointRecoversAfterThresholdConsecutivePasses() {
    var state = Route53HealthCheckState(
        config: .init(id: "hc", endpoint: "e", interval: .fast), tickSeconds: 0.1)
    var random = SimRandom(seed: 1)
    var recoveredAt: Int?
    for tick in 1...2_000 {
        let up = tick > 500  // down for the first 50 s
        _ = state.step(tick: tick, passProbability: { _ in up ? 1 : 0 }, random: &random)
        if tick > 500 && state.isHealthy && recoveredAt == nil { recoveredAt = tick }
    }
    #expect(recoveredAt == 800)  // passing rounds at 60, 70, 80 s
}

@Test func healthyWhileMoreThanEighteenPercentOfCheckersPass() {
    let regions = Route53HealthCheckConfig.defaultRegions
    let twoOfEight = firstFlip(.init(id: "hc", endpoint: "e"), ticks: 2_000) { region, _ in
        region == regions[0] || region == regions[1]
    }
    let oneOfEight = firstFlip(.init(id: "hc", endpoint: "e"), ticks: 2_000) { region, _ in
        region == regions[0]
    }
    #expect(twoOfEight == nil)  // 25 % > 18 %: stays healthy
    #expect(oneOfEight == 900)  // 12.5 % ≤ 18 %: unhealthy
}

@Test func oneOfThreeCustomCheckersIsEnoughForHealthy() {
    let config = Route53HealthCheckConfig(
        id: "hc", endpoint: "e", regions: ["us-east-1", "eu-west-1", "sa-east-1"])
    #expect(firstFlip(config, ticks: 2_000) { region, _ in region == "sa-east-1" } == nil)  // 33 %
}

@Test func newCheckStartsHealthyAndNewInvertedCheckStartsUnhealthy() {
    let plain = Route53HealthCheckState(config: .init(id: "a", endpoint: "e"), tickSeconds: 0.1)
    let inverted = Route53HealthCheckState(
        config: .init(id: "b", endpoint: "e", isInverted: true), tickSeconds: 0.1)
    #expect(plain.isHealthy)
    #expect(!inverted.isHealthy)
}

@Test func invertedCheckReportsHealthyWhenTheEndpointFails() {
    let flip = firstFlip(.init(id: "hc", endpoint: "e", isInverted: true), ticks: 2_000) { _, _ in false }
    #expect(flip == 900)  // from unhealthy (inverted healthy) to healthy (inverted unhealthy)
}

@Test func disabledCheckIsAlwaysHealthyAndProbesNothing() {
    var state = Route53HealthCheckState(
        config: .init(id: "hc", endpoint: "e", isDisabled: true), tickSeconds: 0.1)
    var random = SimRandom(seed: 1)
    for tick in 1...2_000 { _ = state.step(tick: tick, passProbability: { _ in 0 }, random: &random) }
    #expect(state.isHealthy)
    #expect(state.rounds == 0)
}

@Test func historyKeepsTheLastThirtyRoundsWithCheckerCounts() {
    var state = Route53HealthCheckState(
        config: .init(id: "hc", endpoint: "e", interval: .fast), tickSeconds: 0.1)
    var random = SimRandom(seed: 1)
    for tick in 1...5_000 { _ = state.step(tick: tick, passProbability: { _ in 0 }, random: &random) }
    let history = state.history.values
    #expect(state.rounds == 50)
    #expect(history.count == 30)
    #expect(
        history.last
            == Route53HealthCheckResult(
                tick: 5_000, passingProbes: 0, healthyCheckers: 0, checkers: 8, isHealthy: false))
}

@Test func partlyFailingEndpointIsProbedWithItsPassProbability() {
    var state = Route53HealthCheckState(
        config: .init(id: "hc", endpoint: "e", interval: .fast), tickSeconds: 0.1)
    var random = SimRandom(seed: 5)
    var passing = 0
    for tick in 1...100_000 { _ = state.step(tick: tick, passProbability: { _ in 0.5 }, random: &random) }
    passing = state.history.values.reduce(0) { $0 + $1.passingProbes }
    #expect(abs(Double(passing) / 240 - 0.5) < 0.1)  // 30 rounds × 8 probes, ±0.1
}
