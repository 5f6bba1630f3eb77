extension Simulation {
    /// Route 53 stage: each hosted zone runs its health checks, answers its populations'
    /// resolvers, and the requests go where the cached answers point.
    mutating func resolveDNS() {
        guard !zones53.isEmpty else { return }
        // Only zones that probe or evaluate target health need the tables (hashing every tick
        // showed in profiles of the default scenario).
        let probes = zonesProbe ? probeTable() : [:]
        let targets = zonesEvaluateTargets ? targetHealthTable() : [:]
        for z in zones53.indices {
            scratchFlows.removeAll(keepingCapacity: true)
            let unanswered = zones53[z].step(
                tick: tick, requests: dnsRequests[z],
                probe: { endpoint, _ in probes[endpoint] ?? 1 },
                targetHealthy: { targets[$0] ?? true }, random: &random, into: &scratchFlows)
            if unanswered > 0 { countFailed(unanswered) }
            let flows = scratchFlows
            for flow in flows {
                let owner = populationOwners[z][flow.population]
                let asked = dnsRequests[z][flow.population]
                let rate = dnsRates[z][flow.population] * Double(flow.requests) / Double(max(1, asked))
                guard let endpoint = endpoints[flow.endpoint] else {
                    countFailed(flow.requests)  // a value that is not one of our endpoints
                    continue
                }
                deliver(flow.requests, rate: rate, source: owner.source, region: owner.region, to: endpoint)
            }
            for event in zones53[z].takeEvents() { events.append(event) }
            for p in dnsRequests[z].indices {
                dnsRequests[z][p] = 0
                dnsRates[z][p] = 0
            }
        }
    }

    /// Chance that a health-check probe of each endpoint passes: 0 when it is down, answers
    /// 5xx or is failed by hand, 1 otherwise.
    private func probeTable() -> [String: Double] {
        var table: [String: Double] = [:]
        for (name, endpoint) in endpoints {
            table[name] = endpointCondition(endpoint) == .healthy ? 1 : 0
        }
        for zone in zones53 {
            for check in zone.healthChecks where forcedFailingChecks.contains(check.config.id) {
                table[check.config.endpoint] = 0
            }
        }
        return table
    }

    /// Health of alias targets with Evaluate Target Health: a load balancer is healthy when
    /// it is up and every target group with registered targets has a healthy one.
    private func targetHealthTable() -> [String: Bool] {
        var table: [String: Bool] = [:]
        for b in balancers.indices {
            table[balancers[b].config.name] =
                !isBalancerDown(b)
                && balancers[b].groups.allSatisfy { group in
                    group.targets.isEmpty || group.targets.contains { $0.health == .healthy }
                }
        }
        return table
    }
}
