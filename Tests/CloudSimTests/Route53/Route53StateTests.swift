import CloudSim
import Testing

/// Runs a weighted 80/20 zone with a failure of `e0` in the middle; returns every flow and event.
private func scriptedRun(seed: UInt64) -> ([[Route53Flow]], [SimEvent]) {
    var zone = R53.weightedZone([80, 20])
    zone.healthChecks = [.init(id: "hc0", endpoint: "e0", interval: .fast)]
    zone.records[0].healthCheckID = "hc0"
    var state = R53.state(zone)
    var random = SimRandom(seed: seed)
    var all: [[Route53Flow]] = []
    for tick in 1...3_000 {
        var flows: [Route53Flow] = []
        _ = state.step(
            tick: tick, requests: [200],
            probe: { e, _ in e == "e0" && (1_000..<2_000).contains(tick) ? 0 : 0.99 },
            targetHealthy: { _ in true }, random: &random, into: &flows)
        all.append(flows)
    }
    return (all, state.takeEvents())
}

@Test func sameSeedGivesIdenticalFlowsAndEvents() {
    let first = scriptedRun(seed: 11)
    let second = scriptedRun(seed: 11)
    #expect(first.0 == second.0)
    #expect(first.1 == second.1)
    #expect(first.0 != scriptedRun(seed: 12).0)
}

@Test func everyRequestIsRoutedOrCountedUnanswered() {
    var state = R53.state(R53.failoverZone(interval: .fast))
    var random = SimRandom(seed: 3)
    var routed = 0
    for tick in 1...2_000 {
        routed += state.step(
            tick: tick, requests: [tick % 7 * 40], reachable: { _ in tick < 500 }, random: &random
        )
        .reduce(0) { $0 + $1.requests }
    }
    let sent = (1...2_000).reduce(0) { $0 + $1 % 7 * 40 }
    #expect(routed == sent && state.metrics.answeredRequests == sent && state.metrics.unansweredRequests == 0)
}

@Test func queriesPerSecondApproachResolversOverTTLUnderHeavyTraffic() {
    var state = R53.state(R53.weightedZone([1, 1]))  // 10,000 resolvers, TTL 60 s
    var random = SimRandom(seed: 4)
    _ = R53.run(&state, ticks: 6_000, perTick: 100_000, random: &random)
    let perSecond = Double(state.metrics.totalQueries) / 600
    #expect(abs(perSecond / (10_000.0 / 60) - 1) < 0.03)  // within 3 %
}

@Test func thinTrafficSendsNoMoreQueriesThanRequests() {
    var state = R53.state(R53.weightedZone([1, 1]))
    var random = SimRandom(seed: 5)
    _ = R53.run(&state, ticks: 6_000, perTick: 1, random: &random)  // 10 requests per second
    #expect(state.metrics.totalQueries <= 6_000)
    #expect(state.metrics.totalQueries > 3_000)  // most requests find their resolver's answer expired
}

@Test func weightChangeReachesClientsOnlyAsTheirAnswersExpire() {
    var state = R53.state(R53.weightedZone([100, 0]), resolvers: 100, start: .cold)
    var random = SimRandom(seed: 6)
    _ = R53.run(&state, ticks: 100, perTick: 1_000, random: &random)  // all cache w0 at tick 1
    state.setWeight(100, of: "w1", tick: 100)
    let after = R53.run(&state, from: 101, ticks: 600, perTick: 1_000, random: &random)
    #expect(after[0..<500].allSatisfy { $0["e1"] == nil })  // cached until tick 601
    let moved = Double(R53.totals(Array(after[500...]))["e1", default: 0]) / 100_000
    #expect(abs(moved - 0.5) < 0.15)  // 50/50 among 100 resolvers
    #expect(state.takeEvents().last?.message.contains("now answers w0+w1 (was w0)") == true)
}

@Test func snapshotShowsRecordSharesAndCheckerCounts() {
    var state = R53.state(R53.failoverZone(interval: .fast))
    var random = SimRandom(seed: 8)
    _ = R53.run(&state, ticks: 2_000, perTick: 100, down: { e, _ in e == "blue" }, random: &random)
    let snapshot = state.snapshot()
    #expect(snapshot.records.map(\.label) == ["primary", "secondary"])
    #expect(snapshot.records.map(\.isHealthy) == [false, true])
    #expect(snapshot.records[1].share == 1 && snapshot.records[1].requestsPerSecond == 1_000)
    #expect(snapshot.healthChecks[0].healthyCheckers == 0 && snapshot.healthChecks[0].checkers == 8)
    #expect(snapshot.records.map(\.routing) == ["failover PRIMARY", "failover SECONDARY"])
}

@Test func validationReportsWhatAWSWouldReject() {
    var zone = R53.weightedZone([300, 10])
    zone.healthChecks = [.init(id: "hc", endpoint: "e", failureThreshold: 11, regions: ["us-east-1"])]
    zone.records[1].healthCheckID = "missing"
    let problems = zone.problems()
    #expect(problems.contains("w0: weight must be 0-255"))
    #expect(problems.contains("w1: unknown health check missing"))
    #expect(problems.contains("health check hc: failure threshold must be 1-10"))
    #expect(problems.contains("health check hc: needs at least 3 checker regions"))
    #expect(R53.failoverZone().problems().isEmpty)
}

@Test func aliasQueriesToAWSResourcesAreFreeAndOthersBilled() {
    let zone = Route53HostedZone(
        name: "example.com",
        records: [Route53Record(name: R53.name, target: .alias(.init(kind: .loadBalancer, name: "alb")))])
    var state = R53.state(zone)
    var random = SimRandom(seed: 9)
    _ = R53.run(&state, ticks: 1_000, perTick: 1_000, random: &random)
    #expect(state.metrics.totalQueries > 0 && state.metrics.billableQueries == 0)
    let month = Route53Pricing.cost(
        zone: R53.failoverZone(interval: .fast), seconds: 30 * 24 * 3600, billableQueries: 1_000_000)
    #expect(abs(month - (0.50 + 2 * 1.50 + 0.40)) < 1e-9)
}
