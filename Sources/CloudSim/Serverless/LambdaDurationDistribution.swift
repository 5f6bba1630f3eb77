import Foundation

/// How long a function's handler runs, at the memory size the figures were measured with.
///
/// The model never samples one duration per request: `LambdaDurationClasses` folds the
/// distribution into a few quantile classes once, and each tick splits invocations over them.
public enum LambdaDurationDistribution: Sendable, Equatable {
    /// Exponential with the given mean (memoryless: the M/M/c textbook case).
    case exponential(meanMs: Double)
    /// Lognormal with the given median and shape `sigma` (the log's standard deviation);
    /// real handler durations are often close to this: a bulk with a long right tail.
    case lognormal(medianMs: Double, sigma: Double)
    /// Every invocation takes exactly this long.
    case fixed(ms: Double)

    /// The duration below which a fraction `u` (0 < u < 1) of invocations finish.
    public func quantile(_ u: Double) -> Double {
        switch self {
        case .exponential(let mean): return -max(0, mean) * log1p(-u)
        case .lognormal(let median, let sigma):
            return max(0, median) * exp(max(0, sigma) * Self.standardNormalQuantile(u))
        case .fixed(let ms): return max(0, ms)
        }
    }

    /// The mean duration.
    public var meanMs: Double {
        switch self {
        case .exponential(let mean): return max(0, mean)
        case .lognormal(let median, let sigma): return max(0, median) * exp(sigma * sigma / 2)
        case .fixed(let ms): return max(0, ms)
        }
    }

    /// The inverse of the standard normal distribution function, by bisection on `erfc`
    /// (only used when classes are built, so robustness matters more than speed).
    static func standardNormalQuantile(_ u: Double) -> Double {
        var low = -12.0
        var high = 12.0
        for _ in 0..<80 {
            let mid = (low + high) / 2
            if 0.5 * erfc(-mid / 2.0.squareRoot()) < u { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }
}
