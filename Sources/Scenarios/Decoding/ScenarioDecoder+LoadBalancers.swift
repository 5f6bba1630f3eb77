import CloudSim

/// `loadBalancers`: ALBs and NLBs, their target groups and listener rules.
extension ScenarioDecoder {
    static let loadBalancerKeys = [
        "name", "type", "availabilityZones", "crossZone", "idleTimeout", "flowLifetime", "targetGroups",
        "rules",
        "defaultForward", "defaultTargetGroup",
    ]
    static let targetGroupKeys = ["name", "algorithm", "healthCheck", "deregistrationDelay", "crossZone"]
    static let healthCheckKeys = ["interval", "timeout", "healthyThreshold", "unhealthyThreshold"]
    static let ruleKeys = ["priority", "pathPatterns", "hostPatterns", "forward", "targetGroup"]

    func decodeLoadBalancer(_ balancer: ObjectReader) -> LoadBalancerConfig? {
        let name = balancer.located("name", required: true)
        if let name, endpoints.declare(name, noun: "load balancer", log: log) {
            loadBalancers.declare(name, noun: "load balancer", log: log)
        }
        let kind =
            balancer.choice("type", noun: "load balancer type", of: LoadBalancerKind.self) ?? .application
        let zoneNames = balancer.strings("availabilityZones", required: true, nonEmpty: true) ?? []
        zoneNames.forEach { checkZone($0, in: balancer.path) }
        var config = LoadBalancerConfig(
            name: name?.value ?? "", kind: kind, availabilityZones: zoneNames.map(\.value),
            targetGroups: [], defaultForward: [])
        config.crossZone = balancer.bool("crossZone")
        config.idleTimeoutSeconds = balancer.duration("idleTimeout", bound: .positive) ?? 60
        config.flowLifetimeSeconds = balancer.duration("flowLifetime", bound: .positive) ?? 30
        let groupReaders = balancer.objects(
            "targetGroups", required: true, nonEmpty: true, keys: Self.targetGroupKeys)
        config.targetGroups = groupReaders.compactMap { decodeTargetGroup($0, balancer: config.name) }
        let owned = groupReaders.compactMap { $0.string("name") }
        if kind == .network, balancer.has("rules") {
            balancer.report(
                "a network load balancer has no listener rules; remove 'rules' or use type application",
                about: "rules")
        }
        let ruleReaders = balancer.objects("rules", keys: Self.ruleKeys)
        config.rules = ruleReaders.compactMap { decodeRule($0, balancer: config.name, owned: owned) }
        config.defaultForward =
            decodeForward(
                balancer, forwardKey: "defaultForward", shorthandKey: "defaultTargetGroup",
                balancer: config.name,
                owned: owned) ?? []
        guard name != nil, !zoneNames.isEmpty, !config.defaultForward.isEmpty,
            config.targetGroups.count == groupReaders.count, config.rules.count == ruleReaders.count
        else { return nil }
        return config
    }

    private func decodeTargetGroup(_ group: ObjectReader, balancer: String) -> TargetGroupConfig? {
        let name = group.located("name", required: true)
        if let name, targetGroups.declare(name, noun: "target group", log: log) {
            targetGroupOwners[name.value] = balancer
        }
        var config = TargetGroupConfig(name: name?.value ?? "")
        config.algorithm =
            group.choice("algorithm", noun: "routing algorithm", of: RoutingAlgorithm.self) ?? .roundRobin
        config.deregistrationDelay = group.duration("deregistrationDelay", bound: .upTo(3600)) ?? 300
        config.crossZone = group.bool("crossZone")
        if let check = group.object("healthCheck", keys: Self.healthCheckKeys) {
            config.healthCheck = decodeHealthCheck(check)
        }
        return name == nil ? nil : config
    }

    private func decodeHealthCheck(_ check: ObjectReader) -> HealthCheckConfig {
        var config = HealthCheckConfig()
        config.intervalSeconds = check.duration("interval", bound: .range(5, 300)) ?? config.intervalSeconds
        config.timeoutSeconds = check.duration("timeout", bound: .range(2, 120)) ?? config.timeoutSeconds
        config.healthyThreshold =
            check.whole("healthyThreshold", bound: .range(2, 10)) ?? config.healthyThreshold
        config.unhealthyThreshold =
            check.whole("unhealthyThreshold", bound: .range(2, 10)) ?? config.unhealthyThreshold
        if config.timeoutSeconds >= config.intervalSeconds {
            let (timeout, interval) = (config.timeoutSeconds, config.intervalSeconds)
            check.report(
                "'timeout' (\(ScalarText.format(timeout))) must be less than 'interval' (\(ScalarText.format(interval)))",
                about: check.has("timeout") ? "timeout" : "interval")
        }
        return config
    }

    private func decodeRule(_ rule: ObjectReader, balancer: String, owned: [String]) -> ListenerRuleConfig? {
        let priority = rule.whole("priority", required: true, bound: .range(1, 50_000))
        if let priority {
            if rulePriorities[balancer, default: []].contains(priority) {
                rule.report(
                    "duplicate rule priority \(priority) in load balancer '\(balancer)'; each rule needs its own priority",
                    about: "priority")
            }
            rulePriorities[balancer, default: []].append(priority)
        }
        let paths = rule.strings("pathPatterns") ?? []
        let hosts = rule.strings("hostPatterns") ?? []
        if !rule.has("pathPatterns"), !rule.has("hostPatterns") {
            rule.report("\(rule.path) has no condition; give pathPatterns or hostPatterns")
        }
        let forward = decodeForward(
            rule, forwardKey: "forward", shorthandKey: "targetGroup", balancer: balancer, owned: owned)
        guard let priority, let forward else { return nil }
        return ListenerRuleConfig(
            priority: priority, pathPatterns: paths.map(\.value), hostPatterns: hosts.map(\.value),
            forward: forward)
    }

    /// A weighted forward written in full (`forwardKey`) or as one target group name (`shorthandKey`).
    private func decodeForward(
        _ owner: ObjectReader, forwardKey: String, shorthandKey: String, balancer: String, owned: [String]
    ) -> [WeightedTargetGroup]? {
        switch owner.present([forwardKey, shorthandKey]).count {
        case 0:
            owner.report("\(owner.subject) is missing required key '\(shorthandKey)' (or '\(forwardKey)')")
            return nil
        case 2:
            owner.report("give either '\(forwardKey)' or '\(shorthandKey)', not both", about: shorthandKey)
            return nil
        default:
            break
        }
        if let single = owner.located(shorthandKey) {
            checkOwnTargetGroup(single, balancer: balancer, owned: owned, in: owner.path)
            return [WeightedTargetGroup(targetGroup: single.value)]
        }
        let entries = owner.objects(forwardKey, nonEmpty: true, keys: ["targetGroup", "weight"])
        let forward: [WeightedTargetGroup] = entries.compactMap { entry in
            let group = entry.located("targetGroup", required: true)
            if let group { checkOwnTargetGroup(group, balancer: balancer, owned: owned, in: entry.path) }
            let weight = entry.whole("weight", bound: .range(0, 999)) ?? 1
            return group.map { WeightedTargetGroup(targetGroup: $0.value, weight: weight) }
        }
        return forward.isEmpty ? nil : forward
    }
}
