extension Simulation {
    /// Resolves names to indices and creates the initial fleet.
    mutating func buildTopology() {
        let zoneIndex = Dictionary(zones.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var groupRefs: [String: TargetGroupRef] = [:]
        for (b, lb) in architecture.allLoadBalancers.enumerated() {
            var tgs: [TargetGroupState] = []
            for (g, tg) in lb.targetGroups.enumerated() {
                tgs.append(TargetGroupState(config: tg, isCrossZone: lb.isCrossZone(tg)))
                groupRefs[tg.name] = TargetGroupRef(balancer: b, group: g)
            }
            func resolve(_ forward: [WeightedTargetGroup]) -> [Int] {
                forward.map { f in lb.targetGroups.firstIndex { $0.name == f.targetGroup } ?? 0 }
            }
            var rules = lb.rules.sorted { $0.priority < $1.priority }.map {
                RuleState(
                    priority: $0.priority, pathPatterns: $0.pathPatterns, hostPatterns: $0.hostPatterns,
                    forward: $0.forward, forwardIndices: resolve($0.forward))
            }
            rules.append(
                RuleState(
                    priority: 0, pathPatterns: [], hostPatterns: [], forward: lb.defaultForward,
                    forwardIndices: resolve(lb.defaultForward)))
            balancers.append(
                BalancerState(
                    config: lb, zoneIndices: lb.availabilityZones.compactMap { zoneIndex[$0] },
                    idleTicks: ticks(lb.idleTimeoutSeconds), groups: tgs, rules: rules))
        }
        for source in architecture.traffic {
            let b = architecture.allLoadBalancers.firstIndex { $0.name == source.target }
            let mix = source.requestMix.isEmpty ? [RequestClass(path: "/", share: 1)] : source.requestMix
            let total = mix.reduce(0) { $0 + max(0, $1.share) }
            let rules: [Int] = mix.map { c in
                guard let b else { return 0 }
                return balancers[b].rules.firstIndex { $0.matches(path: c.path, host: c.host) } ?? 0
            }
            sources.append(
                SourceState(
                    config: source, balancer: b, classRules: rules,
                    classWeights: mix.map { total > 0 ? max(0, $0.share) / total : 0 }))
        }
        for config in architecture.autoScalingGroups {
            let type = InstanceType.named(config.instanceType) ?? InstanceType.catalogue[0]
            let desired = min(config.maxSize, max(config.minSize, config.desiredCapacity ?? config.minSize))
            var group = GroupState(
                config: config, minSize: config.minSize, maxSize: config.maxSize, desired: desired,
                instanceType: type, zoneIndices: config.availabilityZones.compactMap { zoneIndex[$0] },
                targetGroups: config.targetGroups.compactMap { groupRefs[$0] }, alarms: [],
                nextScheduled: config.scheduledActions.map(\.at))
            group.alarms = Self.alarms(for: config)
            groups.append(group)
            let g = groups.count - 1
            // An empty group's "fewest instances" rule is a round robin over its zones.
            for k in 0..<desired where !group.zoneIndices.isEmpty {
                launch(group: g, zone: group.zoneIndices[k % group.zoneIndices.count], warm: true)
            }
        }
        for config in architecture.instances {
            let type = InstanceType.named(config.instanceType) ?? InstanceType.catalogue[0]
            let z = zoneIndex[config.availabilityZone] ?? 0
            var inst = InstanceState(
                id: config.name, zone: zones.isEmpty ? "" : zones[z], zoneIndex: z, type: type,
                templateVersion: 1, app: config.app, creditMode: config.creditMode ?? type.defaultCreditMode,
                bootSeconds: config.bootSeconds, launchedAt: 0, stateSince: 0)
            inst.registrations = config.targetGroups.compactMap { groupRefs[$0] }
            let i = addInstance(
                inst, InstanceHot(state: .pending, group: nil), primaryBalancer: inst.registrations.first?.balancer)
            startWarm(i)
        }
    }

    /// The managed or configured alarms of a group's policies, in policy order.
    static func alarms(for config: AutoScalingGroupConfig) -> [AlarmRuntime] {
        var result: [AlarmRuntime] = []
        for (p, policy) in config.policies.enumerated() {
            switch policy {
            case .targetTracking(let tt):
                let period = tt.metric == .cpu ? config.monitoring.periodSeconds : 60
                var high = AlarmConfig(
                    name: "\(config.name)-\(tt.name)-high", metric: tt.metric, comparison: .greaterThan,
                    threshold: tt.target, periodSeconds: period, evaluationPeriods: tt.scaleOutDatapoints)
                var low = AlarmConfig(
                    name: "\(config.name)-\(tt.name)-low", metric: tt.metric, comparison: .lessThan,
                    threshold: tt.target * tt.scaleInThresholdRatio, periodSeconds: period,
                    evaluationPeriods: tt.scaleInDatapoints)
                high.queue = tt.queue
                low.queue = tt.queue
                result.append(AlarmRuntime(config: high, policy: p, isHigh: true, state: .insufficientData))
                if !tt.disableScaleIn {
                    result.append(AlarmRuntime(config: low, policy: p, isHigh: false, state: .insufficientData))
                }
            case .step(let s):
                result.append(AlarmRuntime(config: s.alarm, policy: p, isHigh: true, state: .insufficientData))
            case .simple(let s):
                result.append(AlarmRuntime(config: s.alarm, policy: p, isHigh: true, state: .insufficientData))
            }
        }
        return result
    }

    /// Stores an instance in a free slot (slots of terminated instances are reused).
    /// `primaryBalancer` receives its latencies; the rest of its serving conditions is set by
    /// `refreshRate`.
    mutating func addInstance(_ instance: InstanceState, _ perTick: InstanceHot, primaryBalancer: Int?) -> Int {
        let conditions = ServingConditions(primaryBalancer: primaryBalancer)
        if let slot = freeSlots.popLast() {
            instances[slot] = instance
            hot[slot] = perTick
            servingConditions.set(slot, conditions)
            return slot
        }
        instances.append(instance)
        hot.append(perTick)
        servingConditions.append(conditions)
        return instances.count - 1
    }

    /// Makes an instance InService at once (initial fleet): running, registered, healthy.
    mutating func startWarm(_ i: Int) {
        hot[i].state = .inService
        hot[i].isRunning = true
        instances[i].runningSince = time
        hot[i].inServiceSince = -.infinity
        instances[i].stateSince = time
        resetCredits(i, launch: false)
        for ref in instances[i].registrations {
            register(i, ref, healthy: true)
        }
    }
}
