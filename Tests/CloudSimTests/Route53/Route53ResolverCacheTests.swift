import CloudSim
import Testing

private let eightyTwenty = [
    DNSCachedChoice(answer: 0, ttlTicks: 600, probability: 0.8),
    DNSCachedChoice(answer: 1, ttlTicks: 600, probability: 0.2),
]

@Test func warmCacheExpiresTheSameShareOfEveryAnswerEachTick() {
    var cache = DNSResolverCache(resolvers: 10_000, start: .warm)
    var random = SimRandom(seed: 1)
    var perAnswer: [Int] = []
    _ = cache.step(tick: 1, requests: 0, choices: eightyTwenty, random: &random, perAnswer: &perAnswer)
    let initial = cache.holders
    for tick in 2...301 {
        _ = cache.step(tick: tick, requests: 0, choices: eightyTwenty, random: &random, perAnswer: &perAnswer)
    }
    // After 300 of 600 ticks exactly half of each answer's resolvers have expired.
    #expect(cache.holders == initial.map { $0 - 300 * $0 / 600 })
    #expect(cache.lapsed == 10_000 - cache.holding)
}

@Test func cachedAnswerExpiresExactlyOneTTLAfterTheQuery() {
    var cache = DNSResolverCache(resolvers: 10, start: .cold)
    var random = SimRandom(seed: 2)
    var perAnswer: [Int] = []
    let only = [DNSCachedChoice(answer: 0, ttlTicks: 50, probability: 1)]
    var queries: [Int] = []
    for tick in 1...101 {
        queries.append(
            cache.step(tick: tick, requests: 10_000, choices: only, random: &random, perAnswer: &perAnswer))
    }
    #expect(queries[0] == 10 && queries[50] == 10 && queries[100] == 10)  // ticks 1, 51, 101
    #expect(queries.reduce(0, +) == 30)
}

@Test func warmCacheIsUnbiasedOverManySeeds() {
    var shares: [Double] = []
    for seed in UInt64(1)...4 {
        var cache = DNSResolverCache(resolvers: 10_000, start: .warm)
        var random = SimRandom(seed: seed)
        var perAnswer: [Int] = []
        var first = 0
        for tick in 1...12_000 {
            _ = cache.step(
                tick: tick, requests: 1_000, choices: eightyTwenty, random: &random, perAnswer: &perAnswer)
            first += perAnswer[0]
        }
        shares.append(Double(first) / 12_000_000)
    }
    let mean = shares.reduce(0, +) / 4
    print("warm cache 80/20 mean share over 4 seeds: \(mean)")
    #expect(abs(mean - 0.8) < 0.001)  // within 0.1 point
}
