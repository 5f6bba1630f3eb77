extension Route53State {
    /// Runs the health-check rounds due this tick, logging status flips.
    mutating func runHealthChecks(
        tick: Int, probe: (_ endpoint: String, _ checkerRegion: String) -> Double, random: inout SimRandom
    ) {
        for i in healthChecks.indices {
            let endpoint = healthChecks[i].config.endpoint
            let flipped = healthChecks[i].step(
                tick: tick, passProbability: { probe(endpoint, $0) }, random: &random)
            guard flipped else { continue }
            let check = healthChecks[i]
            let status =
                (check.isHealthy ? "healthy" : "unhealthy") + (check.config.isInverted ? " (inverted)" : "")
            let share = "\(check.healthyCheckers) of \(check.checkerHealthy.count) checkers see it healthy"
            let message = "health check \(check.config.id) (\(endpoint)) is \(status): \(share)"
            log(tick, check.isHealthy ? .info : .critical, message + ", healthy needs more than 18 %")
        }
    }

    /// Recomputes record health and, when it changed, every population's answers.
    mutating func updateAnswers(tick: Int, targetHealthy: (_ target: String) -> Bool) {
        let checks = healthChecks
        let health = responder.recordHealth(
            checkHealthy: { id in checks.first { $0.config.id == id }?.isHealthy ?? true },
            targetHealthy: targetHealthy)
        guard !choicesAreCurrent || health != recordHealth else { return }
        recordHealth = health
        for p in populations.indices {
            let population = populations[p]
            let answers = responder.answers(
                to: population.queryName, from: population.location, recordHealth: health)
            let fresh = answers.map { weighted -> DNSCachedChoice in
                let id = table.id(of: weighted.answer, tickSeconds: tickSeconds)
                return DNSCachedChoice(
                    answer: id, ttlTicks: table.ttlTicks[id], probability: weighted.probability)
            }
            let before = labels(choices[p])
            let after = labels(fresh)
            if !choices[p].isEmpty && before != after {
                let policy = responder.group(named: population.queryName).first.map {
                    zone.records[$0].routing.name
                }
                let clients = "for clients in \(population.location.name)"
                let who = "\(population.queryName) (\(policy ?? "no records")) \(clients)"
                let change = "now answers \(after) (was \(before))"
                log(tick, .warning, "\(who): \(change); cached answers move as their TTL expires")
            }
            choices[p] = fresh
        }
        choicesAreCurrent = true
    }

    /// The records a population's answers name, e.g. `primary` or `blue+green`.
    func labels(_ choices: [DNSCachedChoice]) -> String {
        var seen = Set<String>()
        let names = choices.flatMap { table.answers[$0.answer].records }.filter { seen.insert($0).inserted }
        return names.isEmpty ? "no answer" : names.joined(separator: "+")
    }

    /// Queries of the last step of population `p` that are billed (not alias-to-AWS answers).
    func billable(_ queries: Int, population p: Int) -> Int {
        guard queries > 0 else { return 0 }
        let fresh = caches[p].fresh
        return choices[p].indices.reduce(0) { sum, k in
            sum + (k < fresh.count && !table.answers[choices[p][k].answer].isFree ? fresh[k] : 0)
        }
    }

    /// Splits the population's requests per answer over the answers' values; returns the
    /// requests that got an empty answer.
    mutating func route(population p: Int, random: inout SimRandom, into flows: inout [Route53Flow]) -> Int {
        if endpointCounts.count < table.endpoints.count {
            endpointCounts += Array(repeating: 0, count: table.endpoints.count - endpointCounts.count)
        }
        var unanswered = 0
        for a in perAnswer.indices where perAnswer[a] > 0 {
            let n = perAnswer[a]
            let endpoints = table.valueEndpoints[a]
            let records = table.valueRecords[a]
            guard endpoints.count > 1 else {
                if let e = endpoints.first {
                    endpointCounts[e] += n
                    metrics.addRecordRequests(n, record: records[0])
                } else {
                    unanswered += n
                }
                continue
            }
            // Clients spread requests evenly over the values of their answer.
            if ones.count != endpoints.count { ones = Array(repeating: 1, count: endpoints.count) }
            random.multinomial(n, weights: ones, into: &split)
            for k in endpoints.indices where split[k] > 0 {
                endpointCounts[endpoints[k]] += split[k]
                metrics.addRecordRequests(split[k], record: records[k])
            }
        }
        for e in endpointCounts.indices where endpointCounts[e] > 0 {
            flows.append(
                Route53Flow(population: p, endpoint: table.endpoints[e], requests: endpointCounts[e]))
            endpointCounts[e] = 0
        }
        return unanswered
    }

    /// Appends an event from Route 53.
    mutating func log(_ tick: Int, _ severity: Severity, _ message: String) {
        events.append(
            SimEvent(
                tick: tick, time: Double(tick) * tickSeconds, severity: severity, source: "route53",
                message: message))
    }
}
