/// Requests arriving at one cache in one tick, per popularity class.
///
/// `counts` are the drawn requests; `expected` are their means, which drive the eviction
/// rates so that sampling noise does not bias the long-run hit ratio.
public struct EdgeCacheDemand: Sendable, Equatable {
    /// Requests per class this tick.
    public var counts: [Int]
    /// Expected requests per class this tick.
    public var expected: [Double]

    /// No requests over `classCount` classes.
    public init(classCount: Int) {
        counts = Array(repeating: 0, count: classCount)
        expected = Array(repeating: 0, count: classCount)
    }

    /// Demand with the given counts and expectations (same length).
    public init(counts: [Int], expected: [Double]) {
        precondition(counts.count == expected.count, "one count and one expectation per class")
        self.counts = counts
        self.expected = expected
    }

    /// Total requests.
    public var total: Int { counts.reduce(0, +) }

    /// Sets every class to zero, keeping the storage.
    public mutating func reset() {
        for index in counts.indices {
            counts[index] = 0
            expected[index] = 0
        }
    }

    /// Splits `requests` over the classes multinomially by their request shares.
    ///
    /// Up to twice as many requests as classes are drawn one by one (a binary search of the cumulative
    /// shares each): the same distribution as the class-by-class binomials, at a cost that
    /// grows with the requests instead of the classes.
    public mutating func split(_ requests: Int, over classes: EdgePopularityClasses, random: inout SimRandom)
    {
        if requests < 2 * classes.count {
            for index in counts.indices { counts[index] = 0 }
            if counts.count != classes.count { counts = Array(repeating: 0, count: classes.count) }
            let cumulative = classes.cumulativeShare
            let total = cumulative.last ?? 0
            for _ in 0..<max(0, requests) {
                let u = random.uniform() * total
                var low = 0
                var high = cumulative.count - 1
                while low < high {
                    let mid = (low + high) / 2
                    if cumulative[mid] > u { high = mid } else { low = mid + 1 }
                }
                counts[low] += 1
            }
        } else {
            random.multinomial(max(0, requests), weights: classes.requestShare, into: &counts)
        }
        expected.removeAll(keepingCapacity: true)
        for share in classes.requestShare { expected.append(Double(max(0, requests)) * share) }
    }

    /// A fresh demand holding `requests` split over `classes`.
    public static func split(
        _ requests: Int, over classes: EdgePopularityClasses, random: inout SimRandom
    ) -> EdgeCacheDemand {
        var demand = EdgeCacheDemand(classCount: classes.count)
        demand.split(requests, over: classes, random: &random)
        return demand
    }
}
