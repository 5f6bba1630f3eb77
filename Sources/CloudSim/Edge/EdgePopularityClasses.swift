import Foundation

/// A Zipf catalogue folded into popularity classes, so a cache tick costs O(classes) whatever
/// the catalogue size or the request rate.
///
/// The most popular ranks (1...`singletonRanks`) are classes of their own; beyond them each
/// class covers ranks `r...floor(r x growth)`, so a million objects fold into about 130
/// classes. Objects of a class share its mean popularity; with the default growth of 1.1 the
/// Che and TTL hit ratios computed over classes agree with the per-object sums to 1e-4.
/// Several catalogues (one per cache behaviour) can share one table, each with its own
/// request share and TTL.
public struct EdgePopularityClasses: Sendable, Equatable {
    /// One slice of the table: a behaviour's objects, its share of requests and its TTL.
    public struct Segment: Sendable, Equatable {
        /// The objects.
        public var catalogue: EdgeCatalogueConfig
        /// Relative share of requests (normalised over all segments).
        public var requestShare: Double
        /// Seconds a fetched object stays fresh (`.infinity` = never expires).
        public var ttl: Double

        /// Creates a segment.
        public init(catalogue: EdgeCatalogueConfig, requestShare: Double = 1, ttl: Double = .infinity) {
            self.catalogue = catalogue
            self.requestShare = max(0, requestShare)
            self.ttl = max(0, ttl)
        }
    }

    /// The segments the table was built from.
    public let segments: [Segment]
    /// Objects in each class.
    public private(set) var objects: [Double] = []
    /// Share of all requests that goes to each class (sums to 1).
    public private(set) var requestShare: [Double] = []
    /// Mean object size of each class, in bytes.
    public private(set) var objectBytes: [Double] = []
    /// Segment each class belongs to.
    public private(set) var segmentIndex: [Int] = []
    /// Popularity rank (within its segment) of each class's first object.
    public private(set) var firstRank: [Int] = []
    /// Running sum of `requestShare` (the last entry is 1 up to rounding), for drawing the
    /// class of single requests.
    public private(set) var cumulativeShare: [Double] = []

    /// Builds the classes of several segments.
    public init(segments: [Segment], singletonRanks: Int = 16, growth: Double = 1.1) {
        self.segments = segments
        let totalShare = segments.reduce(0) { $0 + $1.requestShare }
        for (index, segment) in segments.enumerated() {
            let share = totalShare > 0 ? segment.requestShare / totalShare : 1 / Double(segments.count)
            let catalogue = segment.catalogue
            let ranges = Self.rankRanges(
                objectCount: catalogue.objectCount, singletonRanks: singletonRanks, growth: growth)
            let weights = ranges.map { Self.zipfSum($0, exponent: catalogue.zipfExponent) }
            let total = weights.reduce(0, +)
            for (range, weight) in zip(ranges, weights) {
                objects.append(Double(range.count))
                requestShare.append(share * weight / total)
                objectBytes.append(catalogue.meanObjectBytes)
                segmentIndex.append(index)
                firstRank.append(range.lowerBound)
            }
        }
        var running = 0.0
        for share in requestShare {
            running += share
            cumulativeShare.append(running)
        }
    }

    /// Builds the classes of one catalogue whose objects stay fresh for `ttl` seconds.
    public init(catalogue: EdgeCatalogueConfig, ttl: Double = .infinity) {
        self.init(segments: [Segment(catalogue: catalogue, ttl: ttl)])
    }

    /// Number of classes.
    public var count: Int { objects.count }

    /// Objects in the whole table.
    public var totalObjects: Double { objects.reduce(0, +) }

    /// Probability that one request asks for one particular object of class `index`.
    public func perObjectShare(_ index: Int) -> Double { requestShare[index] / objects[index] }

    /// Rank ranges: singletons first, then ranges growing geometrically by `growth`.
    static func rankRanges(objectCount: Int, singletonRanks: Int, growth: Double) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        var rank = 1
        while rank <= objectCount {
            let grown = Int((Double(rank) * max(1, growth)).rounded(.down))
            let last = rank <= singletonRanks ? rank : min(objectCount, max(rank, grown))
            ranges.append(rank...last)
            rank = last + 1
        }
        return ranges
    }

    /// The sum of `i^-exponent` over the ranks: exact for the first ranks and short ranges,
    /// the midpoint integral (relative error below 1e-3 from rank 8) beyond.
    static func zipfSum(_ ranks: ClosedRange<Int>, exponent: Double) -> Double {
        if ranks.lowerBound < 8 || ranks.count < 8 {
            return ranks.reduce(0) { $0 + pow(Double($1), -exponent) }
        }
        let low = Double(ranks.lowerBound) - 0.5
        let high = Double(ranks.upperBound) + 0.5
        if abs(1 - exponent) < 1e-9 { return log(high / low) }
        return (pow(high, 1 - exponent) - pow(low, 1 - exponent)) / (1 - exponent)
    }
}
