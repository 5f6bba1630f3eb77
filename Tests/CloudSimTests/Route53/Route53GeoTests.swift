import CloudSim
import Testing

private let geoGroup = R53.group([
    .geolocation(.continent("NA")), .geolocation(.country("CA")), .geolocation(.usState("VA")),
    .geolocation(.default),
])

private func chosen(_ group: [Route53Record], from region: String, healthy: [Bool]? = nil) -> [Int] {
    let client = DNSClientLocation.region(region)!
    let isHealthy = healthy ?? group.map { _ in true }
    return Route53RecordSelection.choices(group: group, isHealthy: isHealthy, client: client).flatMap(
        \.records)
}

@Test func geolocationPicksTheMostSpecificMatchingLocation() {
    #expect(chosen(geoGroup, from: "us-east-1") == [2])  // Virginia: state beats country and continent
    #expect(chosen(geoGroup, from: "ca-central-1") == [1])  // Canada beats North America
    #expect(chosen(geoGroup, from: "us-west-2") == [0])  // Oregon: only the continent matches
    #expect(chosen(geoGroup, from: "eu-west-1") == [3])  // nothing matches: default
}

@Test func geolocationWithoutDefaultGivesNoAnswerAndItsRequestsFail() {
    let group = Array(geoGroup.prefix(3))
    #expect(chosen(group, from: "eu-west-1").isEmpty)
    var state = R53.state(.init(name: "example.com", records: group), location: .region("eu-west-1")!)
    var random = SimRandom(seed: 1)
    var flows: [Route53Flow] = []
    let unanswered = state.step(
        tick: 1, requests: [500], probe: { _, _ in 1 }, targetHealthy: { _ in true }, random: &random,
        into: &flows)
    #expect(unanswered == 500 && flows.isEmpty)
    #expect(state.currentAnswers(population: 0).map(\.answer.ttlSeconds) == [900])  // negative caching
}

@Test func unhealthyGeolocationRecordFallsBackToTheNextLessSpecificOne() {
    #expect(chosen(geoGroup, from: "us-east-1", healthy: [true, true, false, true]) == [0])
    #expect(chosen(geoGroup, from: "us-east-1", healthy: [false, true, false, true]) == [3])
    // None healthy: all treated as healthy, so the most specific match again.
    #expect(chosen(geoGroup, from: "us-east-1", healthy: [false, false, false, false]) == [2])
}

private let dallas = DNSClientLocation(
    name: "dallas", continent: "NA", country: "US", usState: "TX",
    coordinates: .init(latitude: 32.8, longitude: -96.8))

private func geoproximity(eastBias: Int, westBias: Int) -> [Int] {
    let group = R53.group([
        .geoproximity(.init(region: "us-east-1", bias: eastBias)),
        .geoproximity(.init(region: "us-west-2", bias: westBias)),
    ])
    return Route53RecordSelection.choices(group: group, isHealthy: [true, true], client: dallas).flatMap(
        \.records)
}

@Test func geoproximityPicksTheNearestRegionAfterBias() {
    // Dallas: ~1,870 km to N. Virginia, ~2,430 km to Oregon.
    #expect(geoproximity(eastBias: 0, westBias: 0) == [0])
    #expect(geoproximity(eastBias: 0, westBias: 30) == [1])  // 2,430 × 0.7 ≈ 1,700 km
    #expect(geoproximity(eastBias: -30, westBias: 0) == [1])  // 1,870 / 0.7 ≈ 2,670 km
    #expect(geoproximity(eastBias: 0, westBias: 20) == [0])  // 2,430 × 0.8 ≈ 1,940 km
}

@Test func latencyRoutingPicksTheLowestLatencyHealthyRegion() {
    let group = R53.group([
        .latency(region: "us-east-1"), .latency(region: "eu-central-1"), .latency(region: "eu-west-1"),
    ])
    let ireland = DNSClientLocation.region("eu-west-1")!
    func pick(_ healthy: [Bool], _ table: DNSLatencyTable = .init()) -> [Int] {
        Route53RecordSelection.choices(group: group, isHealthy: healthy, client: ireland, latency: table)
            .flatMap(\.records)
    }
    #expect(pick([true, true, true]) == [2])
    #expect(pick([true, true, false]) == [1])
    #expect(
        pick([true, true, true], DNSLatencyTable().setting(400, from: "eu-west-1", to: "eu-west-1")) == [1])
    #expect(pick([false, false, false]) == [2])  // none healthy: all treated healthy
}

@Test func latencyTableGivesIllustrativeRoundTrips() {
    let table = DNSLatencyTable()
    let virginia = DNSClientLocation.region("us-east-1")!
    #expect(abs(table.millis(from: virginia, to: "eu-west-1") - 87) < 5)
    #expect(abs(table.millis(from: virginia, to: "ap-northeast-1") - 168) < 8)
    #expect(table.millis(from: virginia, to: "us-east-1") == 5)
}
