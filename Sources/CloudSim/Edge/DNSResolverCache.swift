import Foundation

/// The recursive resolvers of one client population, as counts.
///
/// Each resolver either holds an answer until its expiry tick or has lapsed. Cohorts of
/// resolvers that cached the same answer in the same tick expire together, exactly one TTL
/// later, so after a DNS change no request moves before the old answers expire and all
/// have moved one TTL later. Requests spread over resolvers in proportion to their number;
/// the requests that reach lapsed resolvers make them query Route 53 (one query per
/// resolver hit), and go where the fresh answers say. Queries per second are therefore
/// at most resolvers / TTL, and fewer when traffic is too thin to reach every resolver.
public struct DNSResolverCache: Sendable {
    /// Number of resolvers in the population.
    public let resolvers: Int
    /// Resolvers holding each answer id.
    public private(set) var holders: [Int] = []
    /// Resolvers whose answer expired and that have not queried again.
    public private(set) var lapsed = 0
    /// Queries sent to Route 53 since the start.
    public private(set) var totalQueries = 0
    private let start: DNSCacheStart
    private var isStarted = false
    private var queues: [DNSCacheQueue] = []
    private var weights: [Double] = []
    private var counts: [Int] = []
    /// Resolvers per choice in the last draw (the queries of the last step that queried).
    private(set) var fresh: [Int] = []
    private var freshSplit: [Int] = []

    /// Creates a population of `resolvers` (at least 1).
    public init(resolvers: Int = 10_000, start: DNSCacheStart = .warm) {
        self.resolvers = max(1, resolvers)
        self.start = start
    }

    /// Advances one tick: expires answers, spreads `requests` and lets lapsed resolvers query.
    ///
    /// `choices` is what Route 53 answers now (non-empty, probabilities summing to 1). On
    /// return `perAnswer[id]` holds this tick's requests per answer id (the array grows as
    /// needed and is zeroed first). Returns the number of queries sent this tick.
    public mutating func step(
        tick: Int, requests: Int, choices: [DNSCachedChoice], random: inout SimRandom, perAnswer: inout [Int]
    ) -> Int {
        let size = max(holders.count, (choices.map(\.answer).max() ?? -1) + 1)
        if holders.count < size { holders += Array(repeating: 0, count: size - holders.count) }
        if perAnswer.count < size { perAnswer += Array(repeating: 0, count: size - perAnswer.count) }
        for i in perAnswer.indices { perAnswer[i] = 0 }
        if !isStarted {
            isStarted = true
            if start == .warm && !choices.isEmpty {
                seed(tick: tick, choices: choices, random: &random)
            } else {
                lapsed = resolvers
            }
        }
        expire(tick: tick)
        guard requests > 0 else { return 0 }
        weights.removeAll(keepingCapacity: true)
        for h in holders { weights.append(Double(h)) }
        weights.append(Double(lapsed))
        random.multinomial(requests, weights: weights, into: &counts)
        for i in holders.indices { perAnswer[i] += counts[i] }
        let toLapsed = counts[holders.count]
        guard toLapsed > 0, !choices.isEmpty else { return 0 }
        // Distinct lapsed resolvers reached by `toLapsed` requests spread evenly over them.
        let reach = 1 - Foundation.pow(1 - 1 / Double(lapsed), Double(toLapsed))
        let queries = min(lapsed, toLapsed, max(1, random.binomial(lapsed, reach)))
        draw(queries, over: choices, random: &random)
        weights.removeAll(keepingCapacity: true)
        for f in fresh { weights.append(Double(f)) }
        random.multinomial(toLapsed, weights: weights, into: &freshSplit)
        for (k, choice) in choices.enumerated() where fresh[k] > 0 {
            cache(choice, count: fresh[k], at: tick)
            perAnswer[choice.answer] += freshSplit[k]
        }
        totalQueries += queries
        return queries
    }

    /// Resolvers holding a valid answer.
    public var holding: Int { resolvers - lapsed }

    /// The last tick at which a resolver still holds an answer whose id is not in `current`
    /// (nil when none does): when the last client moves to the current answers.
    func lastExpiry(ofAnswersOtherThan current: [Int]) -> Int? {
        var last: Int?
        for queue in queues {
            for cohort in queue.live where !current.contains(cohort.answer) {
                last = max(last ?? cohort.expiry, cohort.expiry)
            }
        }
        return last
    }

    /// Spreads the whole population over the current answers, expiries evenly over one TTL.
    ///
    /// Cohorts go in expiry order (all answers of one expiry before the next expiry), since
    /// answers with the same TTL share a FIFO queue.
    private mutating func seed(tick: Int, choices: [DNSCachedChoice], random: inout SimRandom) {
        draw(resolvers, over: choices, random: &random)
        let longest = choices.map(\.ttlTicks).max() ?? 0
        for step in 0..<longest {
            for (k, choice) in choices.enumerated() where fresh[k] > 0 && step < choice.ttlTicks {
                let n = fresh[k]
                let share = (step + 1) * n / choice.ttlTicks - step * n / choice.ttlTicks
                guard share > 0 else { continue }
                holders[choice.answer] += share
                queues[queueIndex(choice.ttlTicks)].append(
                    DNSCacheCohort(answer: choice.answer, expiry: tick + 1 + step, count: share))
            }
        }
    }

    /// Splits `n` resolvers over the choices into `fresh`.
    private mutating func draw(_ n: Int, over choices: [DNSCachedChoice], random: inout SimRandom) {
        weights.removeAll(keepingCapacity: true)
        for choice in choices { weights.append(choice.probability) }
        random.multinomial(n, weights: weights, into: &fresh)
    }

    private mutating func cache(_ choice: DNSCachedChoice, count: Int, at tick: Int) {
        holders[choice.answer] += count
        lapsed -= count
        queues[queueIndex(choice.ttlTicks)].append(
            DNSCacheCohort(answer: choice.answer, expiry: tick + choice.ttlTicks, count: count))
    }

    private mutating func expire(tick: Int) {
        for q in queues.indices {
            while let cohort = queues[q].first, cohort.expiry <= tick {
                holders[cohort.answer] -= cohort.count
                lapsed += cohort.count
                queues[q].removeFirst()
            }
        }
    }

    private mutating func queueIndex(_ ttlTicks: Int) -> Int {
        if let q = queues.firstIndex(where: { $0.ttlTicks == ttlTicks }) { return q }
        queues.append(DNSCacheQueue(ttlTicks: ttlTicks))
        return queues.count - 1
    }
}
