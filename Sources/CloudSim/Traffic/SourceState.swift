/// A traffic source inside the simulation.
struct SourceState: Sendable {
    var config: TrafficSourceConfig
    /// Index of the target balancer (nil if it names none we know).
    var balancer: Int?
    /// For each request class, the index of the rule it matches in the balancer.
    var classRules: [Int]
    /// Normalised class shares.
    var classWeights: [Double]
    /// Multiplier set by commands.
    var multiplier = 1.0
    /// Multiplier from active traffic faults.
    var faultMultiplier = 1.0
    /// Rate in force during the last tick.
    var rps = 0.0
}

extension Simulation {
    /// Draws this tick's arrivals per source and splits them down to target groups.
    mutating func generateTraffic() {
        let t = time - tickSeconds
        for s in sources.indices {
            let rate = max(0, sources[s].config.pattern.rate(at: t)) * sources[s].multiplier
                * sources[s].faultMultiplier
            sources[s].rps = rate
            guard let b = sources[s].balancer else {
                generateEdgeTraffic(source: s, rate: rate)
                continue
            }
            let n = random.poisson(mean: rate * tickSeconds)
            countArrived(n)
            forwardClasses(n, rate: rate, balancer: b, rules: sources[s].classRules, weights: sources[s].classWeights)
        }
    }

    /// Hands `n` requests (expected `rate` per second) of a source to a balancer: the rate
    /// to each request class's rule, the requests split over the classes multinomially.
    mutating func forwardClasses(_ n: Int, rate: Double, balancer b: Int, rules: [Int], weights: [Double]) {
        for (c, rule) in rules.enumerated() {
            offerRate(rate * (rules.count == 1 ? 1 : weights[c]), balancer: b, rule: rule)
        }
        guard n > 0 else { return }
        balancers[b].arrivalsSecond += n
        if rules.count == 1 {
            forward(n, balancer: b, rule: rules[0])
        } else {
            random.multinomial(n, weights: weights, into: &scratchCounts)
            let counts = scratchCounts
            for (c, k) in counts.enumerated() where k > 0 { forward(k, balancer: b, rule: rules[c]) }
        }
    }

    /// Passes an expected rate that matched listener rule `r` down to the rule's target groups.
    mutating func offerRate(_ rate: Double, balancer b: Int, rule r: Int) {
        let rule = balancers[b].rules[r]
        let total = rule.forward.reduce(0) { $0 + $1.weight }
        guard total > 0, rate > 0 else { return }
        for (k, w) in rule.forward.enumerated() {
            balancers[b].groups[rule.forwardIndices[k]].offeredRate += rate * Double(w.weight) / Double(total)
        }
    }

    /// Splits `n` requests over a rule's weighted target groups.
    mutating func forward(_ n: Int, balancer b: Int, rule r: Int) {
        let rule = balancers[b].rules[r]
        if rule.forwardIndices.count == 1 {
            balancers[b].groups[rule.forwardIndices[0]].arrivals += n
            return
        }
        scratchWeights.removeAll(keepingCapacity: true)
        for w in rule.forward { scratchWeights.append(Double(w.weight)) }
        if scratchWeights.allSatisfy({ $0 == 0 }) {
            fail(n, balancer: b, code: 503)
            return
        }
        random.multinomial(n, weights: scratchWeights, into: &scratchCounts)
        for (i, k) in scratchCounts.enumerated() where k > 0 {
            balancers[b].groups[rule.forwardIndices[i]].arrivals += k
        }
    }
}
