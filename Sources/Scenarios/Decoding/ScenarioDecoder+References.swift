import CloudSim

/// Checks of names that point at other parts of the scenario.
extension ScenarioDecoder {
    /// Reports an availability zone not declared under `regions`.
    ///
    /// No "did you mean" here: `us-east-1d` is rarely a typo for `us-east-1a`; more often the
    /// zone was simply not declared.
    func checkZone(_ zone: Located, in place: String) {
        guard !zones.contains(zone.value) else { return }
        let known = zones.names.isEmpty ? "" : " or use one of \(Suggestion.list(zones.names))"
        log.report(
            "unknown availability zone \(ScalarText.quoted(zone.value)) in \(place); declare it under regions\(known)",
            at: zone.mark)
    }

    /// The instance type named by `name`, or nil after reporting it unknown.
    @discardableResult
    func checkInstanceType(_ name: Located, in place: String) -> InstanceType? {
        if let type = InstanceType.named(name.value) { return type }
        let hint = Suggestion.hint(
            for: name.value, among: InstanceType.catalogue.map(\.name), noun: "instance type",
            plural: "instance types", limit: InstanceType.catalogue.count)
        log.report("unknown instance type \(ScalarText.quoted(name.value)) in \(place)\(hint)", at: name.mark)
        return nil
    }

    /// Reports target groups declared by no load balancer.
    func checkTargetGroups(_ names: [Located], in place: String) {
        for name in names {
            targetGroups.check(name, noun: "target group", plural: "target groups", in: place, log: log)
        }
    }

    /// Reports a target group that is not one of `balancer`'s own (`owned` are its names).
    func checkOwnTargetGroup(_ name: Located, balancer: String, owned: [String], in place: String) {
        guard !owned.contains(name.value) else { return }
        if let owner = targetGroupOwners[name.value] {
            log.report(
                "target group '\(name.value)' in \(place) belongs to load balancer '\(owner)', not '\(balancer)'; "
                    + "a listener can only forward to its own load balancer's target groups",
                at: name.mark)
            return
        }
        let hint = Suggestion.hint(
            for: name.value, among: owned, noun: "target group", plural: "target groups")
        log.report("unknown target group \(ScalarText.quoted(name.value)) in \(place)\(hint)", at: name.mark)
    }
}
