/// A duration distribution folded into quantile classes, so a tick splits invocations over a
/// handful of classes instead of sampling one duration per request.
///
/// Ten classes of 9 % cover the bulk (the median sits in the middle of the sixth), then the
/// tail is cut finer (5 %, 3 %, 1 %, 0.5 %, 0.4 %, 0.1 %) so p99 stays visible. Each class
/// runs for its conditional mean (the mean of 32 quantiles inside it), so the overall mean is
/// kept. Durations at or beyond the timeout form one extra class that runs exactly to the
/// timeout and fails ("Task timed out").
public struct LambdaDurationClasses: Sendable, Equatable {
    /// Segment boundaries in probability.
    static let bounds: [Double] =
        (0...10).map { Double($0) * 0.09 } + [0.95, 0.98, 0.99, 0.995, 0.999, 1]
    /// Quantiles sampled inside each segment.
    static let samplesPerSegment = 32

    /// Handler duration of each class in milliseconds (at most the timeout).
    public private(set) var durationsMs: [Double] = []
    /// Probability of each class (sums to 1).
    public private(set) var probabilities: [Double] = []
    /// Whether each class is cut by the timeout (its invocations fail).
    public private(set) var timesOut: [Bool] = []

    /// Classes of `distribution` with every duration multiplied by `scale` (the CPU factor of
    /// the memory size) and cut at `timeoutMs`.
    public init(distribution: LambdaDurationDistribution, scale: Double = 1, timeoutMs: Double) {
        let bounds = Self.bounds
        let n = Self.samplesPerSegment
        var timedOutShare = 0.0
        for s in 0..<(bounds.count - 1) {
            let low = bounds[s]
            let width = bounds[s + 1] - low
            var sum = 0.0
            var inTime = 0
            for j in 0..<n {
                let d = distribution.quantile(low + width * (Double(j) + 0.5) / Double(n)) * scale
                if d < timeoutMs {
                    sum += d
                    inTime += 1
                }
            }
            timedOutShare += width * Double(n - inTime) / Double(n)
            guard inTime > 0 else { continue }
            durationsMs.append(sum / Double(inTime))
            probabilities.append(width * Double(inTime) / Double(n))
            timesOut.append(false)
        }
        if timedOutShare > 0 {
            durationsMs.append(timeoutMs)
            probabilities.append(timedOutShare)
            timesOut.append(true)
        }
    }

    /// Number of classes.
    public var count: Int { durationsMs.count }

    /// Mean handler duration over the classes.
    public var meanMs: Double { zip(durationsMs, probabilities).reduce(0) { $0 + $1.0 * $1.1 } }
}
