import Foundation

/// A log-bucketed latency histogram with fractional weights (counts, not request objects).
///
/// Buckets grow by 5 % from 0.1 ms, so a percentile is exact to within 2.5 %.
public struct LatencyHistogram: Sendable, Equatable {
    static let base = 0.1
    static let growth = 1.05
    static let bucketCount = 340
    private static let logGrowth = Foundation.log(growth)

    private var weights = [Double](repeating: 0, count: bucketCount)
    /// Total weight recorded.
    public private(set) var total = 0.0
    /// Sum of weight x latency, for the mean.
    public private(set) var weightedSum = 0.0

    /// Creates an empty histogram.
    public init() {}

    /// Index of the bucket holding `millis`.
    static func bucket(_ millis: Double) -> Int {
        guard millis > base else { return 0 }
        return min(bucketCount - 1, Int(Foundation.log(millis / base) / logGrowth) + 1)
    }

    /// Representative (geometric middle) latency of a bucket.
    static func value(ofBucket i: Int) -> Double {
        i == 0 ? base : base * Foundation.pow(growth, Double(i) - 0.5)
    }

    /// Records `weight` requests that took `millis` milliseconds.
    public mutating func record(_ millis: Double, weight: Double) {
        guard weight > 0, millis.isFinite else { return }
        weights[Self.bucket(millis)] += weight
        total += weight
        weightedSum += weight * millis
    }

    /// Adds another histogram into this one.
    public mutating func merge(_ other: LatencyHistogram) {
        guard other.total > 0 else { return }
        for i in 0..<Self.bucketCount where other.weights[i] > 0 { weights[i] += other.weights[i] }
        total += other.total
        weightedSum += other.weightedSum
    }

    /// Empties the histogram.
    public mutating func reset() {
        guard total > 0 else { return }
        for i in 0..<Self.bucketCount { weights[i] = 0 }
        total = 0
        weightedSum = 0
    }

    /// Mean latency (0 when empty).
    public var mean: Double { total > 0 ? weightedSum / total : 0 }

    /// The latency below which a fraction `q` of the weight lies (0 when empty).
    public func percentile(_ q: Double) -> Double {
        guard total > 0 else { return 0 }
        let goal = q * total
        var running = 0.0
        for i in 0..<Self.bucketCount {
            running += weights[i]
            if running >= goal && weights[i] > 0 { return Self.value(ofBucket: i) }
        }
        return Self.value(ofBucket: Self.bucketCount - 1)
    }
}
