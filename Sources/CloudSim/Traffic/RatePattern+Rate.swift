import Foundation

extension RatePattern {
    /// Requests per second at simulated second `t`.
    public func rate(at t: Double) -> Double {
        switch self {
        case .steady(let rps):
            return rps
        case .ramp(let from, let to, let start, let duration):
            if t <= start { return from }
            if duration <= 0 || t >= start + duration { return to }
            return from + (to - from) * (t - start) / duration
        case .diurnal(let low, let high, let period, let peakAt):
            guard period > 0 else { return low }
            let phase = 2 * Double.pi * (t - peakAt) / period
            return low + (high - low) * (1 + cos(phase)) / 2
        case .spike(let base, let peak, let at, let duration):
            return t >= at && t < at + duration ? peak : base
        }
    }
}
