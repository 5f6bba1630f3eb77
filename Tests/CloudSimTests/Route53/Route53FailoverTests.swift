import CloudSim
import Testing

@Test func failoverClientsMoveOnlyWhenTheirCachedAnswerExpires() {
    // 100 resolvers all cache at tick 1 (cold start, heavy traffic): they expire together at 601.
    var state = R53.state(R53.failoverZone(interval: .fast), resolvers: 100, start: .cold)
    var random = SimRandom(seed: 3)
    let ticks = R53.run(
        &state, ticks: 700, perTick: 1_000, down: { endpoint, _ in endpoint == "blue" }, random: &random)
    #expect(!state.healthChecks[0].isHealthy)
    // The primary is unhealthy from tick 300, but every resolver holds it until tick 601.
    #expect(ticks[0..<600].allSatisfy { $0["green"] == nil })
    #expect(ticks[600..<700].allSatisfy { $0["blue"] == nil && $0["green"] == 1_000 })
}

@Test func failoverShiftsOverOneTTLAndCompletesWithinIt() {
    var state = R53.state(R53.failoverZone())
    var random = SimRandom(seed: 4)
    let ticks = R53.run(
        &state, ticks: 1_600, perTick: 1_000, down: { endpoint, _ in endpoint == "blue" }, random: &random)
    func green(_ tick: Int) -> Double { Double(ticks[tick - 1]["green", default: 0]) / 1_000 }
    #expect(green(899) == 0)  // unhealthy at 900 = 3 × 30 s
    // Only resolvers whose TTL ran out move: 1/600 per tick, plus the ~1.7 % of requests that
    // reach resolvers already expired and waiting for their next request.
    #expect(green(900) < 0.03)
    #expect(abs(green(1_200) - 0.5) < 0.05)  // half a TTL later, half moved (±5 points)
    #expect(green(1_499) == 1)  // all moved within one TTL (600 ticks)
    print("failover: green share at 900 \(green(900)), 1200 \(green(1_200)), 1499 \(green(1_499))")
}

@Test func bothFailoverRecordsUnhealthyAnswersPrimary() {
    var state = R53.state(R53.failoverZone(interval: .fast))
    var random = SimRandom(seed: 5)
    let ticks = R53.run(&state, ticks: 1_000, perTick: 100, down: { _, _ in true }, random: &random)
    #expect(state.recordHealth == [false, false])
    #expect(ticks.last == ["blue": 100])
}

@Test func secondaryWithoutHealthCheckTakesOverWhenPrimaryFails() {
    let group = R53.group([.failover(.primary), .failover(.secondary)])
    let choices = Route53RecordSelection.choices(
        group: group, isHealthy: [false, true], client: R53.virginia)
    #expect(choices == [Route53Choice(records: [1], probability: 1)])
}

@Test func aliasWithEvaluateTargetHealthFollowsTheLoadBalancer() {
    let zone = Route53HostedZone(
        name: "example.com",
        records: [
            Route53Record(
                name: R53.name, target: .alias(.init(kind: .loadBalancer, name: "alb-east")), ttlSeconds: 300,
                setIdentifier: "east", routing: .failover(.primary)),
            Route53Record(
                name: R53.name, target: .alias(.init(kind: .loadBalancer, name: "alb-west")),
                setIdentifier: "west", routing: .failover(.secondary)),
        ])
    var state = R53.state(zone, resolvers: 50, start: .cold)
    var random = SimRandom(seed: 6)
    var flows: [Route53Flow] = []
    for tick in 1...601 {
        flows.removeAll()
        _ = state.step(
            tick: tick, requests: [1_000], probe: { _, _ in 1 },
            targetHealthy: { $0 != "alb-east" || tick < 10 },
            random: &random, into: &flows)
    }
    #expect(state.recordHealth == [false, true])
    #expect(state.currentAnswers(population: 0).map(\.answer.ttlSeconds) == [60])  // alias TTL, not 300
    #expect(flows == [Route53Flow(population: 0, endpoint: "alb-west", requests: 1_000)])
}

@Test func aliasToRecordGroupIsHealthyWhileAnyRecordOfTheGroupIs() {
    let weighted = R53.weightedZone([1, 1]).records.map { record in
        var r = record
        r.name = "pool.example.com"
        r.healthCheckID = "hc-\(r.label)"
        return r
    }
    let alias = Route53Record(
        name: R53.name, target: .alias(.init(kind: .record, name: "pool.example.com")), routing: .simple)
    let checks = ["w0", "w1"].map { Route53HealthCheckConfig(id: "hc-\($0)", endpoint: "e\($0.dropFirst())") }
    let responder = Route53Responder(
        zone: .init(name: "example.com", records: weighted + [alias], healthChecks: checks))
    let oneUp = responder.recordHealth(checkHealthy: { $0 == "hc-w1" }, targetHealthy: { _ in true })
    let noneUp = responder.recordHealth(checkHealthy: { _ in false }, targetHealthy: { _ in true })
    #expect(oneUp == [false, true, true])
    #expect(noneUp == [false, false, false])
    #expect(
        responder.answers(to: R53.name, from: R53.virginia, recordHealth: oneUp).map(\.answer.values) == [
            [DNSAnswerValue(recordName: R53.name, record: R53.name, endpoint: "e1")]
        ])
}

@Test func failoverLogsTheHealthFlipAndTheChangedAnswer() {
    var state = R53.state(R53.failoverZone(interval: .fast))
    var random = SimRandom(seed: 7)
    _ = R53.run(&state, ticks: 400, perTick: 10, down: { endpoint, _ in endpoint == "blue" }, random: &random)
    let events = state.takeEvents()
    #expect(events.map(\.tick) == [300, 300])
    #expect(events[0].message.contains("hc-blue (blue) is unhealthy: 0 of 8 checkers"))
    #expect(events[1].message.contains("now answers secondary (was primary)"))
    #expect(state.takeEvents().isEmpty)
}
