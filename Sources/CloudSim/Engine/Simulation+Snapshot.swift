extension Simulation {
    /// An immutable picture of the current state, for the dashboard and headless output.
    public func snapshot(eventCount: Int = 200) -> Snapshot {
        let instanceSnapshots = instances.indices.filter { (hot[$0].state != .terminated) }.map(instanceSnapshot)
        var services = [
            ServiceCost(service: "ec2", perHour: bill.ec2PerHour, total: bill.ec2),
            ServiceCost(service: "ec2-credits", perHour: bill.creditsPerHour, total: bill.credits),
            ServiceCost(service: "elb", perHour: bill.elbPerHour, total: bill.elb),
        ]
        if !distributions.isEmpty {
            services.append(ServiceCost(service: "cloudfront", perHour: bill.cloudFrontPerHour, total: bill.cloudFront))
        }
        if !zones53.isEmpty {
            services.append(ServiceCost(service: "route53", perHour: bill.route53PerHour, total: bill.route53))
        }
        services += messagingCosts()
        services += containerCostLines()
        var snapshot = Snapshot(
            tick: tick, time: time, scenario: architecture.name, title: architecture.title, seed: seed,
            overview: overview,
            traffic: sources.map {
                TrafficSnapshot(
                    name: $0.config.name, target: $0.config.target, rps: $0.rps,
                    multiplier: $0.multiplier * $0.faultMultiplier, byRegion: Self.regionRates($0))
            },
            groups: groups.indices.map(groupSnapshot), instances: instanceSnapshots,
            loadBalancers: balancers.indices.map(balancerSnapshot),
            faults: faults.map {
                ActiveFaultSnapshot(
                    id: $0.id, spec: $0.spec, startedAt: $0.startedAt, remaining: $0.endsAt.map { max(0, $0 - time) })
            },
            events: events.recent(eventCount),
            cost: CostSnapshot(total: bill.total, perHour: bill.perHour, perHourByService: services),
            history: HistorySnapshot(
                rps: history.rps.perSecond.values, p99Millis: history.p99.perSecond.values,
                errorRate: history.errorRate.perSecond.values, instances: history.instances.perSecond.values,
                costPerHour: history.costPerHour.perSecond.values),
            caption: caption?.text,
            upcoming: upcomingCommands(3),
            regions: architecture.regions)
        snapshot.route53 = route53Snapshots()
        snapshot.cloudFront = cloudFrontSnapshots()
        snapshot.buckets = bucketSnapshots()
        fillMessagingSnapshot(&snapshot)
        fillContainerSnapshots(&snapshot)
        return snapshot
    }

    /// A source's rate split by its client-region shares.
    static func regionRates(_ source: SourceState) -> [RegionRate] {
        let total = source.config.clientRegions.reduce(0) { $0 + max(0, $1.share) }
        guard total > 0 else { return [] }
        return source.config.clientRegions.map { RegionRate(region: $0.region, rps: source.rps * max(0, $0.share) / total) }
    }

    private func instanceSnapshot(_ i: Int) -> InstanceSnapshot {
        let inst = instances[i]
        let h = hot[i]
        return InstanceSnapshot(
            id: inst.id, group: h.group.map { groups[$0].config.name }, zone: inst.zone,
            instanceType: inst.type.name, state: h.state, isReachable: h.isRunning && !h.isZoneDown,
            isMarkedUnhealthy: inst.isMarkedUnhealthy, isWarmingUp: isWarmingUp(i), cpu: inst.cpu,
            cpuCredits: inst.type.isBurstable ? inst.credits + inst.launchCredits : nil, rps: inst.rps,
            queued: Double(h.queued), latencyMillis: inst.latencyMillis, launchedAt: inst.launchedAt)
    }

    private func groupSnapshot(_ g: Int) -> GroupSnapshot {
        let group = groups[g]
        let c = census(g)
        var warmupRemaining = 0.0
        if let warmup = group.config.defaultInstanceWarmup {
            for inst in hot where inst.group == g && inst.state == .inService {
                if let since = inst.inServiceSince { warmupRemaining = max(warmupRemaining, since + warmup - time) }
            }
        }
        let target: Double? = group.config.policies.lazy.compactMap { policy -> Double? in
            if case .targetTracking(let tt) = policy, tt.metric == .cpu { return tt.target / 100 }
            return nil
        }.first
        return GroupSnapshot(
            name: group.config.name, instanceType: group.instanceType.name, minSize: group.minSize,
            maxSize: group.maxSize, desired: group.desired, inService: c.serving + c.warming, pending: c.pending,
            terminating: c.terminating, cpu: group.cpu, targetCPU: target,
            alarms: group.alarms.map {
                AlarmSnapshot(
                    name: $0.config.name, state: $0.state,
                    condition: "\($0.config.comparison.rawValue) \(fixed($0.config.threshold, 1))",
                    breaching: $0.breaching, datapointsToAlarm: $0.config.datapointsToAlarm,
                    evaluationPeriods: $0.config.evaluationPeriods, lastValue: $0.datapoints.last.flatMap { $0 })
            },
            cooldownRemaining: group.cooldownUntil.isFinite ? max(0, group.cooldownUntil - time) : 0,
            warmingUp: c.warming, warmupRemaining: max(0, warmupRemaining), isRefreshing: group.isRefreshing,
            cpuHistory: group.cpuHistory.values.map { $0 / 100 }, desiredHistory: group.desiredHistory.values,
            zones: group.config.availabilityZones)
    }

    private func balancerSnapshot(_ b: Int) -> LoadBalancerSnapshot {
        let lb = balancers[b]
        return LoadBalancerSnapshot(
            name: lb.config.name, kind: lb.config.kind, rps: lb.rps, http502: lb.http502, http503: lb.http503,
            http504: lb.http504, targetErrors: lb.targetErrors, p50Millis: lb.p50, p99Millis: lb.p99,
            targetGroups: lb.groups.map { tg in
                let total = tg.targets.reduce(0) { $0 + $1.rps }
                return TargetGroupSnapshot(
                    name: tg.config.name, algorithm: tg.config.algorithm, isFailingOpen: tg.isFailingOpen,
                    targets: tg.targets.map { t in
                        TargetSnapshot(
                            instance: instances[t.instance].id, zone: instances[t.instance].zone, health: t.health,
                            share: total > 0 ? t.rps / total : 0, rps: t.rps, errorsPerSecond: t.errorsPerSecond,
                            latencyMillis: instances[t.instance].latencyMillis)
                    })
            },
            rules: lb.rules.map { RuleSnapshot(priority: $0.priority, condition: $0.conditionText, forward: $0.forward) })
    }
}
