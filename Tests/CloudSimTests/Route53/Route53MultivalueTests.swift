import CloudSim
import Testing

private func multivalue(_ count: Int, healthy: (Int) -> Bool) -> [Route53Choice] {
    let group = R53.group(Array(repeating: .multivalue, count: count))
    return Route53RecordSelection.choices(
        group: group, isHealthy: (0..<count).map(healthy), client: R53.virginia)
}

@Test func multivalueReturnsAllHealthyRecordsUpToEight() {
    let choices = multivalue(10) { $0 % 3 != 0 }  // 6 healthy
    #expect(choices == [Route53Choice(records: [1, 2, 4, 5, 7, 8], probability: 1)])
}

@Test func multivalueCapsEachAnswerAtEightAndCoversEveryHealthyRecord() {
    let choices = multivalue(12) { _ in true }
    #expect(choices.count == 12 && choices.allSatisfy { $0.records.count == 8 })
    for record in 0..<12 {
        let share = choices.filter { $0.records.contains(record) }.reduce(0) { $0 + $1.probability }
        #expect(abs(share - 8.0 / 12) < 1e-12)
    }
}

@Test func multivalueWithNoHealthyRecordReturnsUpToEightUnhealthyOnes() {
    #expect(multivalue(5) { _ in false } == [Route53Choice(records: [0, 1, 2, 3, 4], probability: 1)])
    #expect(multivalue(9) { _ in false }.allSatisfy { $0.records.count == 8 })
}

@Test func multivalueClientsSpreadRequestsEvenlyOverTheValues() {
    let records = (0..<3).map {
        Route53Record(
            name: R53.name, target: .values(["e\($0)"]), ttlSeconds: 60, setIdentifier: "m\($0)",
            routing: .multivalue)
    }
    var state = R53.state(.init(name: "example.com", records: records))
    var random = SimRandom(seed: 2)
    let totals = R53.totals(R53.run(&state, ticks: 600, perTick: 300, random: &random))
    for e in ["e0", "e1", "e2"] { #expect(abs(Double(totals[e, default: 0]) / 180_000 - 1.0 / 3) < 0.005) }
}
