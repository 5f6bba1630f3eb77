import CloudSim

/// `autoScalingGroups`: sizes, health checks, timings and scheduled actions.
extension ScenarioDecoder {
    static let groupKeys = [
        "name", "instanceType", "minSize", "maxSize", "desiredCapacity", "availabilityZones", "targetGroups",
        "healthCheckType", "healthCheckGracePeriod", "defaultCooldown", "defaultInstanceWarmup",
        "bootSeconds",
        "monitoring", "app", "creditMode", "policies", "scheduledActions",
    ]
    static let scheduledActionKeys = ["name", "at", "every", "minSize", "maxSize", "desiredCapacity"]
    /// Largest group size accepted: more than any lesson needs, small enough for the engine.
    static let maximumGroupSize = 10_000

    func decodeGroup(_ group: ObjectReader) -> AutoScalingGroupConfig? {
        let name = group.located("name", required: true)
        if let name, compute.declare(name, noun: "auto scaling group", log: log) {
            groups.declare(name, noun: "auto scaling group", log: log)
        }
        let typeName = group.located("instanceType", required: true)
        let type = typeName.flatMap { checkInstanceType($0, in: group.path) }
        let sizes = decodeSizes(group, required: true)
        let zoneNames = group.strings("availabilityZones", required: true, nonEmpty: true) ?? []
        zoneNames.forEach { checkZone($0, in: group.path) }
        let targets = group.strings("targetGroups") ?? []
        checkTargetGroups(targets, in: group.path)
        let healthCheck = group.choice(
            "healthCheckType", noun: "health check type",
            options: [("EC2", HealthCheckType.ec2), ("ELB", .elb)])
        let groupName = name?.value ?? ""
        let policies = decodePolicies(group, groupName: groupName)
        let actions = group.objects("scheduledActions", keys: Self.scheduledActionKeys).compactMap(
            decodeAction)
        var config = AutoScalingGroupConfig(
            name: groupName, instanceType: typeName?.value ?? "", minSize: sizes.min ?? 0,
            maxSize: sizes.max ?? 0,
            desiredCapacity: sizes.desired, availabilityZones: zoneNames.map(\.value),
            targetGroups: targets.map(\.value), healthCheckType: healthCheck ?? .ec2,
            policies: policies ?? [], scheduledActions: actions)
        config.healthCheckGracePeriod =
            group.duration("healthCheckGracePeriod") ?? config.healthCheckGracePeriod
        config.defaultCooldown = group.duration("defaultCooldown") ?? config.defaultCooldown
        config.defaultInstanceWarmup = group.duration("defaultInstanceWarmup")
        config.bootSeconds = group.duration("bootSeconds") ?? config.bootSeconds
        config.monitoring =
            group.choice("monitoring", noun: "monitoring level", of: Monitoring.self) ?? .detailed
        config.app = group.object("app", keys: Self.appKeys).map(decodeApp) ?? AppProfile()
        config.creditMode = decodeCreditMode(group, type: type)
        guard name != nil, typeName != nil, sizes.min != nil, sizes.max != nil, !zoneNames.isEmpty,
            policies != nil
        else { return nil }
        return config
    }

    /// minSize, maxSize and desiredCapacity, checked against each other.
    private func decodeSizes(_ owner: ObjectReader, required: Bool) -> (min: Int?, max: Int?, desired: Int?) {
        let bound = NumberBound.upTo(Double(Self.maximumGroupSize))
        let min = owner.whole("minSize", required: required, bound: bound)
        let max = owner.whole("maxSize", required: required, bound: bound)
        let desired = owner.whole("desiredCapacity", bound: bound)
        if let min, let max, min > max {
            owner.report(
                "minSize (\(min)) is greater than maxSize (\(max)); make minSize at most maxSize",
                about: "minSize")
        } else if let min, let max, let desired, desired < min || desired > max {
            owner.report(
                "desiredCapacity (\(desired)) must be between minSize (\(min)) and maxSize (\(max))",
                about: "desiredCapacity")
        }
        return (min, max, desired)
    }

    private func decodeAction(_ action: ObjectReader) -> ScheduledActionConfig? {
        let name = action.string("name", required: true)
        let at = action.duration("at", required: true)
        let every = action.duration("every", bound: .positive)
        let sizes = decodeSizes(action, required: false)
        if action.present(["minSize", "maxSize", "desiredCapacity"]).isEmpty {
            action.report("\(action.path) changes nothing; give minSize, maxSize or desiredCapacity")
        }
        guard let name, let at else { return nil }
        return ScheduledActionConfig(
            name: name, at: at, every: every, minSize: sizes.min, maxSize: sizes.max,
            desiredCapacity: sizes.desired)
    }
}
