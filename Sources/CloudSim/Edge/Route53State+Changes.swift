extension Route53State {
    /// Serves a changed zone from `tick` on (records, weights, health checks).
    ///
    /// Health checks whose configuration is unchanged keep their state; new ones start
    /// healthy at `tick`. Answers already cached stay until their TTL expires, as in DNS.
    public mutating func replaceZone(_ zone: Route53HostedZone, tick: Int) {
        let old = healthChecks
        healthChecks = zone.healthChecks.map { config in
            old.first { $0.config == config }
                ?? Route53HealthCheckState(config: config, startTick: tick, tickSeconds: tickSeconds)
        }
        responder = Route53Responder(zone: zone, latency: responder.latency)
        recordHealth = Array(repeating: true, count: zone.records.count)
        choicesAreCurrent = false
        log(tick, .command, "hosted zone \(zone.name) updated (\(zone.records.count) records)")
    }

    /// Changes the weight of the weighted record `setIdentifier` from `tick` on.
    public mutating func setWeight(_ weight: Int, of setIdentifier: String, tick: Int) {
        replaceZone(zone.settingWeight(weight, of: setIdentifier), tick: tick)
    }

    /// The probability of each answer a population gets now (as of the last step).
    public func currentAnswers(population p: Int) -> [DNSWeightedAnswer] {
        choices[p].map { DNSWeightedAnswer(answer: table.answers[$0.answer], probability: $0.probability) }
    }

    /// Share of a population's resolvers holding an answer from each record label, in the
    /// order the labels first appeared; shares of one population sum to at most 1 (lapsed
    /// resolvers hold nothing).
    public func resolverShares(population p: Int) -> [(record: String, share: Double)] {
        let cache = caches[p]
        var labels: [String] = []
        var shares: [Double] = []
        for (id, held) in cache.holders.enumerated() where held > 0 {
            let answer = table.answers[id]
            let each = Double(held) / Double(cache.resolvers) / Double(max(1, answer.values.count))
            for value in answer.values {
                if let k = labels.firstIndex(of: value.record) {
                    shares[k] += each
                } else {
                    labels.append(value.record)
                    shares.append(each)
                }
            }
        }
        return Array(zip(labels, shares)).map { (record: $0.0, share: $0.1) }
    }

    /// The records population `p` is answered with now, e.g. `primary` or `blue+green`.
    public func answerLabel(population p: Int) -> String { labels(choices[p]) }

    /// Seconds until the last resolver of population `p` holding an answer Route 53 no
    /// longer gives expires (0 when every cached answer is current).
    public func staleTTLRemaining(population p: Int, tick: Int) -> Double {
        let current = choices[p].map(\.answer)
        guard let last = caches[p].lastExpiry(ofAnswersOtherThan: current) else { return 0 }
        return Double(max(0, last - tick)) * tickSeconds
    }

    /// Whether population `p` gets an answer with at least one value.
    public func hasAnswer(population p: Int) -> Bool {
        choices[p].contains { !table.answers[$0.answer].values.isEmpty }
    }

    /// TTL of population `p`'s current answer in seconds (the longest, if several).
    public func answerTTL(population p: Int) -> Double {
        Double(choices[p].map(\.ttlTicks).max() ?? 0) * tickSeconds
    }
}
