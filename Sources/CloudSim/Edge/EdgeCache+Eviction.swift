import Foundation

/// LRU eviction under Che's approximation, in ticks.
///
/// A copy survives if its object was requested within the last `K` ticks. For a class whose
/// objects get `rho` expected requests per tick (so a copy is missing with probability
/// `q = exp(-rho)` per tick), copies not requested this tick are evicted with probability
/// `g(K) = (1 - q) q^(K-1) / (1 - q^K)` for `K >= 1`, the chance that exactly the oldest
/// allowed tick held their last request, which makes `1 - q^K` the steady state. For `K < 1`
/// (a window shorter than a tick) only copies requested this tick survive, each with
/// probability `(1 - q^K) / (1 - q)`. `K` is solved each tick so that occupancy equals capacity.
extension EdgeCache {
    /// Evicts down to capacity and stores the resulting `cached` and `fresh` fractions.
    mutating func evict(dt: Double) {
        var total = 0.0
        for index in 0..<classes.count {
            total += unitWeight(index) * (requestedCached[index] + oldCached[index])
        }
        var window = Double.infinity
        if let limit = capacity.limit, total > limit {
            window = limit > 0 ? solveWindow(limit: limit, guess: (characteristicTime ?? dt) / dt) : 0
        }
        for index in 0..<classes.count {
            let rho = perObjectRequests[index]
            let chance = requestChance[index]
            let keepNew = window.isInfinite ? 1 : Self.keepRequested(window, rho, chance).value
            let keepOld = window.isInfinite ? 1 : Self.keepOld(window, rho, chance).value
            let x = requestedCached[index] * keepNew + oldCached[index] * keepOld
            cached[index] = min(1, max(0, x))
            fresh[index] = min(
                cached[index], max(0, requestedFresh[index] * keepNew + oldFresh[index] * keepOld))
        }
        lastTickWork += classes.count
        characteristicTime = window.isInfinite ? nil : window * dt
    }

    /// The window (in ticks) at which occupancy equals `limit`: Newton's method on log K,
    /// kept inside a shrinking bracket (occupancy grows with K).
    mutating func solveWindow(limit: Double, guess: Double) -> Double {
        var y = log(min(max(guess, 1e-12), 1e12))
        var low = -Double.infinity
        var high = Double.infinity
        for _ in 0..<80 {
            let (value, slope) = occupancy(window: exp(y))
            lastTickWork += classes.count
            let gap = value - limit
            if abs(gap) <= 1e-7 * limit { break }
            if gap > 0 { high = y } else { low = y }
            if high - low < 1e-12 { break }
            var next = slope > 0 ? y - gap / slope : Double.nan
            if !(next > low && next < high) {
                if low.isFinite && high.isFinite {
                    next = (low + high) / 2
                } else {
                    next = gap > 0 ? y - 4 : y + 4
                }
            }
            y = min(max(next, -60), 60)
        }
        return exp(y)
    }

    /// Occupancy (capacity units) after eviction with window `k`, and its slope in log k.
    func occupancy(window k: Double) -> (value: Double, slope: Double) {
        var value = 0.0
        var slope = 0.0
        for index in 0..<classes.count where requestedCached[index] + oldCached[index] > 0 {
            let rho = perObjectRequests[index]
            let chance = requestChance[index]
            let weight = unitWeight(index)
            let keepNew = Self.keepRequested(k, rho, chance)
            let keepOld = Self.keepOld(k, rho, chance)
            value += weight * (requestedCached[index] * keepNew.value + oldCached[index] * keepOld.value)
            slope += weight * (requestedCached[index] * keepNew.slope + oldCached[index] * keepOld.slope)
        }
        return (value, slope * k)
    }

    /// Objects of class `index` in the capacity's unit: 1 per object, or its bytes.
    func unitWeight(_ index: Int) -> Double {
        classes.objects[index] * (capacity.countsBytes ? classes.objectBytes[index] : 1)
    }

    /// Survival of a copy requested this tick, and its derivative in K; `chance` is
    /// `1 - exp(-rho)`, the probability that an object is requested in a tick.
    static func keepRequested(_ k: Double, _ rho: Double, _ chance: Double) -> (value: Double, slope: Double)
    {
        if k >= 1 { return (1, 0) }
        if rho < 1e-12 { return (k, 1) }
        let withinWindow = -expm1(-rho * k)
        return (withinWindow / chance, rho * (1 - withinWindow) / chance)
    }

    /// Survival of a copy not requested this tick, and its derivative in K (one
    /// transcendental per call: `q^(K-1) = q^K / q`).
    static func keepOld(_ k: Double, _ rho: Double, _ chance: Double) -> (value: Double, slope: Double) {
        if k < 1 { return (0, 0) }
        if rho < 1e-12 { return (1 - 1 / k, 1 / (k * k)) }
        let full = -expm1(-rho * k)
        let lastTick = rho < 20 ? (1 - full) / (1 - chance) : exp(-rho * (k - 1))
        let evicted = chance * lastTick / full
        return (1 - evicted, evicted * rho / full)
    }
}
