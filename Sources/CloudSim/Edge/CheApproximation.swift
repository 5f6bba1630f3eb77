import Foundation

/// Che's approximation of the hit ratio of an LRU cache under independent requests, the
/// closed form the edge caches are checked against.
///
/// Object `i` (rank from 1) is requested with probability `q_i` proportional to
/// `1 / i^alpha`. The characteristic time `T` solves `sum_i (1 - exp(-q_i T)) = C` and the
/// hit ratio is `sum_i q_i (1 - exp(-q_i T))`.
public enum CheApproximation {
    /// Hit ratio of an LRU cache of `capacity` objects over `objects` Zipf(`alpha`) objects.
    public static func hitRatio(objects: Int, alpha: Double, capacity: Int) -> Double {
        guard capacity < objects else { return 1 }
        guard capacity > 0 else { return 0 }
        var q = (1...objects).map { Foundation.pow(Double($0), -alpha) }
        let norm = q.reduce(0, +)
        for i in q.indices { q[i] /= norm }
        func occupancy(_ t: Double) -> Double { q.reduce(0) { $0 - Foundation.expm1(-$1 * t) } }
        var low = 0.0
        var high = 1.0
        while occupancy(high) < Double(capacity) { high *= 2 }
        for _ in 0..<60 {
            let mid = (low + high) / 2
            if occupancy(mid) < Double(capacity) { low = mid } else { high = mid }
        }
        let t = (low + high) / 2
        return q.reduce(0) { $0 - $1 * Foundation.expm1(-$1 * t) }
    }
}
