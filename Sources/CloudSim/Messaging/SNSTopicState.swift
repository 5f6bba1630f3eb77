/// A running SNS topic: every publish fans out to every subscription whose filter policy
/// matches its class, as counts; each subscription retries failed deliveries on its
/// schedule. Call `step` once per tick with the tick's publishes.
public struct SNSTopicState: Sendable {
    /// The topic.
    public let config: SNSTopicConfig
    /// Simulated seconds per tick.
    public let tickSeconds: Double
    /// One state per subscription, in the config's order.
    public internal(set) var subscriptions: [SNSSubscriptionState]
    /// Messages published since the start.
    public internal(set) var published = 0
    /// Messages published per class since the start.
    public internal(set) var publishedPerClass: [Int]
    /// Messages published in the last complete second.
    public internal(set) var publishedPerSecond = 0.0
    /// `matches[s][c]`: subscription `s`'s filter accepts class `c`.
    public let matches: [[Bool]]
    private let shares: [Double]
    private var classCounts: [Int] = []
    private var publishedThisSecond = 0
    private var ticksThisSecond = 0
    private let ticksPerSecond: Int

    /// Starts a topic with nothing published.
    public init(config: SNSTopicConfig, tickSeconds: Double = 0.1) {
        self.config = config
        self.tickSeconds = tickSeconds
        subscriptions = config.subscriptions.map { SNSSubscriptionState(config: $0) }
        matches = config.subscriptions.map { sub in config.classes.map { sub.filter.matches($0.attributes) } }
        shares = config.classes.map(\.share)
        publishedPerClass = Array(repeating: 0, count: config.classes.count)
        ticksPerSecond = max(1, Int((1 / tickSeconds).rounded()))
    }

    /// Advances one tick: `count` messages published, split over the classes by share;
    /// `success(s)` is the chance a delivery attempt to subscription `s` succeeds now.
    public mutating func step(
        tick: Int, published count: Int, success: (Int) -> Double, random: inout SimRandom
    ) {
        let n = max(0, count)
        published += n
        publishedThisSecond += n
        if shares.isEmpty {
            classCounts = []
        } else {
            random.multinomial(n, weights: shares, into: &classCounts)
        }
        for c in classCounts.indices { publishedPerClass[c] += classCounts[c] }
        for s in subscriptions.indices {
            var owed = 0
            for c in classCounts.indices where matches[s][c] { owed += classCounts[c] }
            subscriptions[s].step(
                tick: tick, newMatches: owed, success: success(s), tickSeconds: tickSeconds, random: &random)
        }
        ticksThisSecond += 1
        if ticksThisSecond >= ticksPerSecond {
            publishedPerSecond = Double(publishedThisSecond)
            publishedThisSecond = 0
            ticksThisSecond = 0
            for s in subscriptions.indices { subscriptions[s].endSecond() }
        }
    }

    /// Broken invariants, in words: for every subscription, published x matching classes =
    /// delivered + pending retries + dead-lettered + dropped.
    public func problems() -> [String] {
        var found = config.problems()
        for (s, sub) in subscriptions.enumerated() {
            var owed = 0
            for c in publishedPerClass.indices where matches[s][c] { owed += publishedPerClass[c] }
            if sub.matched != owed || sub.accounted != owed || sub.retriesPending < 0 {
                found.append(
                    "\(config.name)/\(sub.config.name): owed \(owed), matched \(sub.matched), delivered "
                        + "\(sub.delivered) + pending \(sub.retriesPending) + DLQ \(sub.deadLettered) + dropped \(sub.dropped)"
                )
            }
        }
        return found
    }
}
