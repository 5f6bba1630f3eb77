import CloudSim

/// `instances`: stand-alone EC2 instances, and the pieces they share with groups.
extension ScenarioDecoder {
    static let instanceKeys = [
        "name", "instanceType", "availabilityZone", "targetGroups", "app", "creditMode", "bootSeconds",
    ]
    static let appKeys = ["cpuMillisPerRequest", "baseLatencyMillis", "errorRate", "maxQueueSeconds"]

    func decodeInstance(_ instance: ObjectReader) -> InstanceConfig? {
        let name = instance.located("name", required: true)
        if let name { compute.declare(name, noun: "instance", log: log) }
        let typeName = instance.located("instanceType", required: true)
        let type = typeName.flatMap { checkInstanceType($0, in: instance.path) }
        let zone = instance.located("availabilityZone", required: true)
        if let zone { checkZone(zone, in: instance.path) }
        let groups = instance.strings("targetGroups") ?? []
        checkTargetGroups(groups, in: instance.path)
        let app = instance.object("app", keys: Self.appKeys).map(decodeApp) ?? AppProfile()
        let creditMode = decodeCreditMode(instance, type: type)
        let boot = instance.duration("bootSeconds") ?? 60
        guard let name, let typeName, let zone else { return nil }
        return InstanceConfig(
            name: name.value, instanceType: typeName.value, availabilityZone: zone.value,
            targetGroups: groups.map(\.value), app: app, creditMode: creditMode, bootSeconds: boot)
    }

    /// What requests cost on an instance.
    func decodeApp(_ app: ObjectReader) -> AppProfile {
        var profile = AppProfile()
        profile.cpuMillisPerRequest =
            app.number("cpuMillisPerRequest", bound: .positive) ?? profile.cpuMillisPerRequest
        profile.baseLatencyMillis = app.number("baseLatencyMillis") ?? profile.baseLatencyMillis
        profile.errorRate = app.number("errorRate", bound: .range(0, 1)) ?? profile.errorRate
        profile.maxQueueSeconds = app.duration("maxQueueSeconds") ?? profile.maxQueueSeconds
        return profile
    }

    /// The credit mode, reported when set on a type that earns no credits.
    func decodeCreditMode(_ owner: ObjectReader, type: InstanceType?) -> CreditMode? {
        guard let mode = owner.choice("creditMode", noun: "credit mode", of: CreditMode.self) else {
            return nil
        }
        if let type, !type.isBurstable {
            owner.report(
                "'creditMode' applies only to burstable t2 and t3 types, not \(type.name); remove it",
                about: "creditMode")
        }
        return mode
    }
}
