import Foundation

/// The simulation's one source of randomness: xoshiro256** seeded through SplitMix64.
///
/// Every draw happens in pipeline order on the simulation's own copy, so the same seed and
/// command timeline give the same run on any machine.
public struct SimRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// Uniform in [0, 1).
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Standard normal (Box-Muller; one value per call, deterministic).
    public mutating func normal() -> Double {
        let u1 = max(uniform(), 1e-300)
        let u2 = uniform()
        return (-2 * Foundation.log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// Exponential with the given rate.
    public mutating func exponential(rate: Double) -> Double { -Foundation.log(1 - uniform()) / rate }

    /// A Poisson count with the given mean (normal approximation above 30).
    public mutating func poisson(mean: Double) -> Int {
        guard mean > 0, mean.isFinite else { return 0 }
        if mean >= 30 {
            return max(0, Int((mean + mean.squareRoot() * normal()).rounded()))
        }
        let limit = Foundation.exp(-mean)
        var k = 0
        var p = uniform()
        while p > limit {
            k += 1
            p *= uniform()
        }
        return k
    }

    /// A binomial count: successes in `n` trials of probability `p`.
    public mutating func binomial(_ n: Int, _ p: Double) -> Int {
        guard n > 0, p > 0 else { return 0 }
        if p >= 1 { return n }
        if n <= 24 {
            var k = 0
            for _ in 0..<n where uniform() < p { k += 1 }
            return k
        }
        let q = min(p, 1 - p)
        let mean = Double(n) * q
        var k: Int
        if mean < 12 {
            // Inversion: walk the pmf from 0.
            let ratio = q / (1 - q)
            var pmf = Foundation.pow(1 - q, Double(n))
            var cdf = pmf
            let u = uniform()
            k = 0
            while u > cdf && k < n {
                pmf *= ratio * Double(n - k) / Double(k + 1)
                cdf += pmf
                k += 1
            }
        } else {
            let sd = (mean * (1 - q)).squareRoot()
            k = min(n, max(0, Int((mean + sd * normal()).rounded())))
        }
        return p <= 0.5 ? k : n - k
    }

    /// Splits `n` into `weights.count` parts drawn multinomially; `into` receives the counts.
    public mutating func multinomial(_ n: Int, weights: [Double], into counts: inout [Int]) {
        counts.removeAll(keepingCapacity: true)
        var remaining = n
        var remainingWeight = weights.reduce(0, +)
        for (i, w) in weights.enumerated() {
            if remaining == 0 || i == weights.count - 1 || remainingWeight <= 0 {
                counts.append(i == weights.count - 1 ? remaining : 0)
                continue
            }
            let k = binomial(remaining, w / remainingWeight)
            counts.append(k)
            remaining -= k
            remainingWeight -= w
        }
    }
}
