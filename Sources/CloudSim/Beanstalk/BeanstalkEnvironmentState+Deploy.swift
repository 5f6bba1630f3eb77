extension BeanstalkEnvironmentState {
    /// Deploys a registered version with the configured policy. Returns why it cannot start
    /// (unknown version, a deployment already running, a policy the tier does not allow), or nil.
    @discardableResult
    public mutating func deploy(version label: String, tick: Int) -> String? {
        guard versions[label] != nil else { return "unknown version \(label)" }
        guard !isDeploying else { return "a deployment is in progress" }
        if let problem = config.policyProblem { return problem }
        if badDeployFault { faultedVersions.insert(label) }
        let n = config.instances
        let b = config.batchSize.instances(of: n)
        var batches: [BeanstalkBatch] = []
        func existing() {
            var left = n
            while left > 0 {
                batches.append(BeanstalkBatch(index: 0, kind: .existing, instances: min(b, left)))
                left -= min(b, left)
            }
        }
        switch config.deploymentPolicy {
        case .allAtOnce: batches = [BeanstalkBatch(index: 0, kind: .existing, instances: n)]
        case .rolling: existing()
        case .rollingWithAdditionalBatch:
            batches = [BeanstalkBatch(index: 0, kind: .additional, instances: b)]
            existing()
        case .immutable, .trafficSplitting:
            // One instance first; once it passes, the rest ("Immutable environment updates").
            batches = [BeanstalkBatch(index: 0, kind: .newFleet, instances: 1)]
            if n > 1 { batches.append(BeanstalkBatch(index: 1, kind: .newFleet, instances: n - 1)) }
        }
        for i in batches.indices { batches[i].index = i }
        if let old = deployment { archive(old) }
        deployment = BeanstalkDeployment(
            version: label, previousVersion: currentVersion, policy: config.deploymentPolicy, batches: batches,
            startedTick: tick)
        log(tick, .command, "\(name): deploying \(label) (\(config.deploymentPolicy.name), \(batches.count) batches)")
        startBatch(0, tick: tick)
        return nil
    }

    /// Starts batch `k` of the deployment.
    mutating func startBatch(_ k: Int, tick: Int) {
        guard var d = deployment else { return }
        let batch = d.batches[k]
        d.batches[k].status = .inProgress
        d.batches[k].startedTick = tick
        deployment = d
        let t = config.timings
        switch batch.kind {
        case .additional:
            cohorts.append(
                BeanstalkInstanceCohort(
                    version: d.version, state: .launching, count: batch.instances, untilTick: tick + ticks(t.launchSeconds),
                    batch: k))
        case .newFleet:
            let attached: Bool
            if case .trafficSplitting = d.policy { attached = false } else { attached = true }
            cohorts.append(
                BeanstalkInstanceCohort(
                    version: d.version, state: .launching, count: batch.instances, group: .temporary, isAttached: attached,
                    untilTick: tick + ticks(t.launchSeconds), batch: k))
        case .existing:
            let inPlace = d.policy == .allAtOnce
            var left = batch.instances
            // Old-version instances of the main group, those in service first.
            let order = cohorts.indices.filter { cohorts[$0].group == .main && cohorts[$0].version != d.version && cohorts[$0].batch == nil }
                .sorted { (cohorts[$0].state == .inService ? 0 : 1, $0) < (cohorts[$1].state == .inService ? 0 : 1, $1) }
            for i in order where left > 0 {
                let k2 = min(left, cohorts[i].count)
                left -= k2
                cohorts[i].count -= k2
                var taken = BeanstalkInstanceCohort(
                    version: cohorts[i].version, state: .draining, count: k2, isAttached: false,
                    untilTick: tick + ticks(t.drainSeconds), batch: k, nextVersion: d.version)
                if inPlace {
                    taken = BeanstalkInstanceCohort(
                        version: d.version, state: .deploying, count: k2, isAttached: false,
                        untilTick: tick + ticks(t.deploySeconds), batch: k)
                }
                cohorts.append(taken)
            }
            cohorts.removeAll { $0.count == 0 }
        }
    }

    mutating func archive(_ d: BeanstalkDeployment) {
        history.append(d)
        if history.count > 8 { history.removeFirst(history.count - 8) }
    }
}
