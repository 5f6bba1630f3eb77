import CloudSim

/// `policies` of an Auto Scaling group: target tracking, step and simple scaling.
extension ScenarioDecoder {
    /// Keys each policy type takes, besides `name` and `type`.
    static let policyKeys: [(type: String, keys: [String])] = [
        (
            "targetTracking",
            [
                "metric", "target", "disableScaleIn", "scaleOutDatapoints", "scaleInDatapoints",
                "scaleInThresholdRatio",
            ]
        ),
        ("step", ["alarm", "adjustmentType", "minAdjustmentMagnitude", "steps"]),
        ("simple", ["alarm", "adjustmentType", "adjustment", "cooldown"]),
    ]

    /// The group's policies, or nil if any is broken.
    func decodePolicies(_ group: ObjectReader, groupName: String) -> [ScalingPolicyConfig]? {
        let allKeys = Array(Set(["name", "type"] + Self.policyKeys.flatMap(\.keys))).sorted()
        let readers = group.objects("policies", keys: allKeys)
        var names = NameTable()
        let policies = readers.compactMap { policy -> ScalingPolicyConfig? in
            let name = policy.located("name", required: true)
            if let name { names.declare(name, noun: "policy", log: log) }
            let options = Self.policyKeys.map { (name: $0.type, value: $0.type) }
            guard let type = policy.choice("type", required: true, noun: "policy type", options: options)
            else {
                return nil
            }
            let allowed = ["name", "type"] + (Self.policyKeys.first { $0.type == type }?.keys ?? [])
            for key in policy.orderedKeys where !allowed.contains(key.value) {
                log.report("'\(key.value)' does not apply to a \(type) policy", at: key.mark)
            }
            let policyName = name?.value ?? ""
            let alarmName = "\(groupName)-\(policyName)"
            switch type {
            case "targetTracking":
                return decodeTargetTracking(policy, name: policyName).map { .targetTracking($0) }
            case "step":
                return decodeStepPolicy(policy, name: policyName, alarmName: alarmName).map { .step($0) }
            default:
                return decodeSimplePolicy(policy, name: policyName, alarmName: alarmName).map { .simple($0) }
            }
        }
        return policies.count == readers.count ? policies : nil
    }

    private func decodeTargetTracking(_ policy: ObjectReader, name: String) -> TargetTrackingConfig? {
        guard let target = policy.number("target", required: true, bound: .positive) else { return nil }
        var config = TargetTrackingConfig(name: name, target: target)
        config.metric = policy.choice("metric", noun: "metric", of: ScalingMetric.self) ?? config.metric
        config.disableScaleIn = policy.bool("disableScaleIn") ?? false
        config.scaleOutDatapoints = policy.whole("scaleOutDatapoints", bound: .range(1, 1440)) ?? 3
        config.scaleInDatapoints = policy.whole("scaleInDatapoints", bound: .range(1, 1440)) ?? 15
        config.scaleInThresholdRatio = policy.number("scaleInThresholdRatio", bound: .aboveZeroUpTo(1)) ?? 0.9
        return config
    }

    private func decodeStepPolicy(_ policy: ObjectReader, name: String, alarmName: String)
        -> StepPolicyConfig?
    {
        let alarm = policy.object("alarm", required: true, keys: Self.alarmKeys).flatMap {
            decodeAlarm($0, defaultName: alarmName)
        }
        let type = decodeAdjustmentType(policy)
        let magnitude = policy.whole(
            "minAdjustmentMagnitude", bound: .range(1, Double(Self.maximumGroupSize)))
        if magnitude != nil, type != .percentChangeInCapacity {
            policy.report(
                "'minAdjustmentMagnitude' only applies with adjustmentType PercentChangeInCapacity",
                about: "minAdjustmentMagnitude")
        }
        let steps = decodeSteps(policy, type: type)
        guard let alarm, let steps else { return nil }
        return StepPolicyConfig(
            name: name, alarm: alarm, adjustmentType: type, steps: steps, minAdjustmentMagnitude: magnitude)
    }

    private func decodeSimplePolicy(_ policy: ObjectReader, name: String, alarmName: String)
        -> SimplePolicyConfig?
    {
        let alarm = policy.object("alarm", required: true, keys: Self.alarmKeys).flatMap {
            decodeAlarm($0, defaultName: alarmName)
        }
        let type = decodeAdjustmentType(policy)
        let adjustment = decodeAdjustment(policy, type: type)
        let cooldown = policy.duration("cooldown")
        guard let alarm, let adjustment else { return nil }
        return SimplePolicyConfig(
            name: name, alarm: alarm, adjustmentType: type, adjustment: Double(adjustment), cooldown: cooldown
        )
    }

    private func decodeAdjustmentType(_ policy: ObjectReader) -> AdjustmentType {
        policy.choice("adjustmentType", noun: "adjustment type", of: AdjustmentType.self) ?? .changeInCapacity
    }

    /// A whole-number adjustment; never negative for ExactCapacity.
    func decodeAdjustment(_ owner: ObjectReader, type: AdjustmentType) -> Int? {
        let limit = Double(Self.maximumGroupSize)
        let bound: NumberBound = type == .exactCapacity ? .upTo(limit) : .range(-limit, limit)
        return owner.whole("adjustment", required: true, bound: bound)
    }
}
