import CloudSim
import Testing

/// Long-run share of each endpoint with weights `weights` over `minutes` simulated minutes.
private func shares(_ weights: [Int], minutes: Int = 60, seed: UInt64 = 7) -> [Double] {
    var state = R53.state(R53.weightedZone(weights))
    var random = SimRandom(seed: seed)
    let totals = R53.totals(R53.run(&state, ticks: minutes * 600, perTick: 100, random: &random))
    let all = Double(totals.values.reduce(0, +))
    return weights.indices.map { Double(totals["e\($0)", default: 0]) / all }
}

@Test func weightedEightyTwentySharesWithinOnePercentagePoint() {
    let measured = shares([80, 20])
    print("weighted 80/20 measured \(measured)")
    #expect(abs(measured[0] - 0.8) < 0.01)
    #expect(abs(measured[1] - 0.2) < 0.01)
}

@Test func weightedOneTo255GivesOneIn256WithinATenthOfAPoint() {
    let measured = shares([1, 255])
    print("weighted 1/255 measured \(measured)")
    #expect(abs(measured[0] - 1.0 / 256) < 0.001)
}

@Test func weightedThreeWaySharesWithinOnePercentagePoint() {
    let measured = shares([50, 30, 20])
    print("weighted 50/30/20 measured \(measured)")
    for (m, expected) in zip(measured, [0.5, 0.3, 0.2]) { #expect(abs(m - expected) < 0.01) }
}

@Test func zeroWeightRecordGetsNothingWhileANonZeroRecordIsHealthy() {
    let group = R53.group([.weighted(weight: 0), .weighted(weight: 10), .weighted(weight: 30)])
    let choices = Route53RecordSelection.choices(
        group: group, isHealthy: [true, false, true], client: R53.virginia)
    #expect(choices == [Route53Choice(records: [2], probability: 1)])
}

@Test func zeroWeightRecordsServeWhenEveryNonZeroRecordIsUnhealthy() {
    let group = R53.group([.weighted(weight: 0), .weighted(weight: 0), .weighted(weight: 30)])
    let choices = Route53RecordSelection.choices(
        group: group, isHealthy: [true, true, false], client: R53.virginia)
    #expect(
        choices == [
            Route53Choice(records: [0], probability: 0.5), Route53Choice(records: [1], probability: 0.5),
        ])
}

@Test func allZeroWeightsShareEqually() {
    let group = R53.group([
        .weighted(weight: 0), .weighted(weight: 0), .weighted(weight: 0), .weighted(weight: 0),
    ])
    let choices = Route53RecordSelection.choices(
        group: group, isHealthy: [true, true, true, true], client: R53.virginia)
    #expect(choices.map(\.probability) == [0.25, 0.25, 0.25, 0.25])
}

@Test func unhealthyWeightedRecordIsSkippedAndTheRestRenormalised() {
    let group = R53.group([.weighted(weight: 50), .weighted(weight: 30), .weighted(weight: 20)])
    let choices = Route53RecordSelection.choices(
        group: group, isHealthy: [false, true, true], client: R53.virginia)
    #expect(choices.map(\.records) == [[1], [2]])
    #expect(abs(choices[0].probability - 0.6) < 1e-12)
}

@Test func noHealthyWeightedRecordTreatsAllAsHealthyByWeight() {
    let group = R53.group([.weighted(weight: 0), .weighted(weight: 1), .weighted(weight: 3)])
    let choices = Route53RecordSelection.choices(
        group: group, isHealthy: [false, false, false], client: R53.virginia)
    #expect(
        choices == [
            Route53Choice(records: [1], probability: 0.25), Route53Choice(records: [2], probability: 0.75),
        ])
}
