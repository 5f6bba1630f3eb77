import CloudSim

/// Timeline commands that steer groups, instances, listener rules and traffic.
extension ScenarioDecoder {
    func decodeControlCommand(_ action: String, in entry: ObjectReader) -> Command? {
        switch action {
        case "setDesiredCapacity":
            guard let body = entry.object(action, keys: ["group", "desired"]) else { return nil }
            let group = checkedGroup(body)
            let desired = body.whole("desired", required: true, bound: .upTo(Double(Self.maximumGroupSize)))
            guard let group, let desired else { return nil }
            return .setDesiredCapacity(group: group, desired: desired)
        case "adjustDesiredCapacity":
            guard let body = entry.object(action, keys: ["group", "delta"]) else { return nil }
            let group = checkedGroup(body)
            let limit = Double(Self.maximumGroupSize)
            let delta = body.whole("delta", required: true, bound: .range(-limit, limit))
            guard let group, let delta else { return nil }
            return .adjustDesiredCapacity(group: group, delta: delta)
        case "setInstanceType":
            guard let body = entry.object(action, keys: ["target", "instanceType"]) else { return nil }
            let target = body.located("target", required: true)
            if let target {
                compute.check(
                    target, noun: "auto scaling group or instance", plural: "targets", in: body.path, log: log,
                    alsoAccepted: launchedInstance(target))
            }
            let type = body.located("instanceType", required: true)
            let known = type.flatMap { checkInstanceType($0, in: body.path) }
            guard let target, known != nil, let type else { return nil }
            return .setInstanceType(target: target.value, instanceType: type.value)
        case "setForwardWeights":
            return entry.object(action, keys: ["loadBalancer", "rule", "weights"]).flatMap(decodeWeights)
        default:
            guard let body = entry.object(action, keys: ["source", "factor"]) else { return nil }
            let source = body.located("source", required: true)
            if let source {
                trafficSources.check(
                    source, noun: "traffic source", plural: "traffic sources", in: body.path, log: log,
                    alsoAccepted: ["*"])
            }
            let factor = body.number("factor", required: true, bound: .upTo(1000))
            guard let source, let factor else { return nil }
            return .setTrafficMultiplier(source: source.value, factor: factor)
        }
    }

    private func checkedGroup(_ body: ObjectReader) -> String? {
        guard let group = body.located("group", required: true) else { return nil }
        groups.check(
            group, noun: "auto scaling group", plural: "auto scaling groups", in: body.path, log: log)
        return group.value
    }

    private func decodeWeights(_ body: ObjectReader) -> Command? {
        let balancer = body.located("loadBalancer", required: true)
        let rule = body.whole("rule", bound: .range(1, 50_000))
        let weights = body.object("weights", required: true, keys: nil)
        guard let balancer,
            loadBalancers.check(
                balancer, noun: "load balancer", plural: "load balancers", in: body.path, log: log)
        else { return nil }
        let priorities = rulePriorities[balancer.value] ?? []
        if let rule, !priorities.contains(rule) {
            let known =
                priorities.isEmpty
                ? "it has only its default rule"
                : "its rules are "
                    + Suggestion.list(
                        priorities.sorted().map(String.init))
            body.report(
                "load balancer '\(balancer.value)' has no rule with priority \(rule); \(known) (omit 'rule' for the default)",
                about: "rule")
        }
        guard let weights else { return nil }
        if weights.orderedKeys.isEmpty { weights.report("'weights' must name at least one target group") }
        let owned = targetGroupOwners.filter { $0.value == balancer.value }.map(\.key).sorted()
        let forward: [WeightedTargetGroup] = weights.orderedKeys.compactMap { group in
            checkOwnTargetGroup(group, balancer: balancer.value, owned: owned, in: body.path)
            return weights.whole(group.value, bound: .range(0, 999)).map {
                WeightedTargetGroup(targetGroup: group.value, weight: $0)
            }
        }
        return forward.count == weights.orderedKeys.count
            ? .setForwardWeights(
                loadBalancer: balancer.value, rule: rule, weights: forward) : nil
    }
}
