/// One tick's concurrency budget and how a group of invocations is let in: warm environments
/// first, then new (cold) ones within the scaling budget; the rest is throttled.
///
/// Budget is counted in environment-ticks. An invocation at least a tick long holds one
/// environment across the tick; one shorter than a tick (`ticks < 1`) holds it for that
/// fraction only, so an idle environment can serve several short invocations in one tick and
/// concurrency stays `rate x duration` (Little's law) for sub-tick functions too. A cold
/// start always costs a whole environment. When a group does not fit, every duration class is
/// let in in proportion (arrivals of a tick come in random order), then leftovers one by one.
struct LambdaAdmission: Sendable {
    /// Environment-ticks still free under the concurrency limit this tick.
    var free: Double = 0
    /// Idle environment-ticks not yet used this tick.
    var warm: Double = 0
    /// New environments that may still be created this tick.
    var coldAllowance = 0
    /// Where in the tick, on average, the last group's admitted invocations started (0-1).
    /// Arrivals are spread over the tick and the first ones get the free environments: the
    /// first k of n uniform arrivals start on average at (k + 1) / (2 (n + 1)) of the tick (a
    /// half when all get in). Invocations end that long after their duration, so an
    /// environment comes free when it would have, and loss under load follows Erlang B.
    var startOffset = 0.5
    /// Per class, of the last group: arrivals, warm admissions, cold admissions.
    var arrivals: [Int] = []
    var admittedWarm: [Int] = []
    var admittedCold: [Int] = []

    /// Lets in a group of `n` invocations split over classes with `probabilities`, whose
    /// warm duration in ticks is `ticks`; returns how many were throttled.
    mutating func admit(
        _ n: Int, probabilities: [Double], ticks: [Double], random: inout SimRandom
    ) -> Int {
        random.multinomial(max(0, n), weights: probabilities, into: &arrivals)
        let warmUsed = fill(
            &admittedWarm, from: arrivals, budget: min(free, warm), cost: { min(1, ticks[$0]) }, random: &random)
        free -= warmUsed
        warm -= warmUsed
        for k in arrivals.indices { arrivals[k] -= admittedWarm[k] }
        let coldBudget = min(Double(coldAllowance), free.rounded(.down))
        let coldUsed = fill(
            &admittedCold, from: arrivals, budget: max(0, coldBudget), cost: { _ in 1 }, random: &random)
        free -= coldUsed
        coldAllowance -= Int(coldUsed)
        var throttled = 0
        for k in arrivals.indices {
            arrivals[k] -= admittedCold[k]
            throttled += arrivals[k]
            arrivals[k] += admittedWarm[k] + admittedCold[k]
        }
        startOffset = Double(n - throttled + 1) / Double(2 * (n + 1))
        return throttled
    }

    /// Fills `admitted` from `wanted` within `budget`: every class in proportion (rounded
    /// down), then the leftovers in random order (each next arrival's class drawn by what is
    /// left) until the next one does not fit, so no class is favoured. Returns the budget used.
    private func fill(
        _ admitted: inout [Int], from wanted: [Int], budget: Double, cost: (Int) -> Double,
        random: inout SimRandom
    ) -> Double {
        admitted.removeAll(keepingCapacity: true)
        var total = 0.0
        var count = 0
        for k in wanted.indices {
            total += Double(wanted[k]) * cost(k)
            count += wanted[k]
        }
        if total <= budget + 1e-9 {
            admitted.append(contentsOf: wanted)
            return total
        }
        let share = budget > 0 ? budget / total : 0
        var used = 0.0
        for k in wanted.indices {
            let a = Int((Double(wanted[k]) * share).rounded(.down))
            admitted.append(a)
            used += Double(a) * cost(k)
            count -= a
        }
        // Leftovers: at most a budget's worth of whole environments plus one per class.
        for _ in 0..<(4 * wanted.count + Int(budget - used) + 1) where count > 0 {
            var pick = Int(random.uniform() * Double(count))
            var k = 0
            while pick >= wanted[k] - admitted[k] {
                pick -= wanted[k] - admitted[k]
                k += 1
            }
            guard used + cost(k) <= budget + 1e-9 else { break }
            admitted[k] += 1
            used += cost(k)
            count -= 1
        }
        return used
    }
}
