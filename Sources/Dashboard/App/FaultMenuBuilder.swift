import CloudSim

/// Builds the fault and instance-type menus for what is focused or selected.
enum FaultMenuBuilder {
    /// Faults from the menu last this long (simulated seconds) unless healed earlier.
    static let defaultDuration = 300.0

    /// Every applicable fault for the focused panel's selection, with a key each.
    static func faultMenu(_ model: DashboardModel) -> Menu {
        let s = model.snapshot
        var items: [(title: String, command: Command)] = []
        func add(_ kind: FaultKind, _ target: String, _ note: String = "") {
            let duration: Double? = kind.isInstantaneous ? nil : defaultDuration
            let timing = duration.map { " for \(Int($0 / 60)) min" } ?? ""
            items.append(
                (
                    "\(kind.rawValue) \(target)\(note)\(timing)",
                    .injectFault(FaultSpec(kind: kind, target: target, durationSeconds: duration))
                ))
        }
        // Edge faults: once, and as "heal" while active (a region coming back is half the lesson).
        var edgeOffered: [(FaultKind, String)] = []
        func addEdge(_ kind: FaultKind, _ target: String, _ note: String = "") {
            guard !edgeOffered.contains(where: { $0 == (kind, target) }) else { return }
            edgeOffered.append((kind, target))
            if !kind.isInstantaneous, s.faults.contains(where: { $0.spec.kind == kind && $0.spec.target == target }) {
                items.append(("heal \(kind.rawValue) \(target)", .heal(kind: kind, target: target)))
            } else {
                add(kind, target, note)
            }
        }
        // The focused panel's own faults come first: its selected queue, function, stage,
        // service or environment, then an edge panel's.
        for (kind, target, note) in serviceFaults(model) { addEdge(kind, target, note) }
        if model.focus == .cloudFront, let distribution = model.selectedDistribution {
            edgeFaults(for: distribution, add: addEdge)
        }
        if model.focus == .route53 {
            for region in s.regions { addEdge(.regionOutage, region.name) }
        }
        if let instance = model.selectedInstance {
            add(.terminateInstance, instance.id)
            add(.cpuStress, instance.id, " (90% of CPU)")
            add(.unhealthyTarget, instance.id)
            add(.latency, instance.id, " (+200 ms)")
            add(.azOutage, instance.zone)
        }
        if let group = model.selectedGroup {
            add(.terminateInstance, group.name, " (a random instance)")
            add(.latency, group.name, " (+200 ms)")
            let offered = items.map(\.command)
            for zone in group.zones
            where !offered.contains(.injectFault(FaultSpec(kind: .azOutage, target: zone, durationSeconds: defaultDuration))) {
                add(.azOutage, zone)
            }
        }
        for lb in s.loadBalancers { add(.latency, lb.name, " (+200 ms)") }
        if model.selectedInstance == nil && model.selectedGroup == nil {
            for zone in s.regions.flatMap(\.availabilityZones) { add(.azOutage, zone) }
        }
        if !s.route53.isEmpty || !s.cloudFront.isEmpty {
            for region in s.regions { addEdge(.regionOutage, region.name) }
        }
        for distribution in s.cloudFront { edgeFaults(for: distribution, add: addEdge) }
        for bucket in s.buckets { addEdge(.originFailure, bucket.name, " (bucket 5xx)") }
        add(.trafficSpike, "*", " (x3)")
        add(.trafficDDoS, "*", " (x10)")
        let options = zip(Menu.keys, items).map { key, item in
            MenuOption(key: key, title: item.title, command: item.command)
        }
        return Menu(title: "Inject a fault", options: options)
    }

    /// A distribution's faults: its origin failing, its caches emptied.
    private static func edgeFaults(
        for distribution: CloudFrontSnapshot, add: (FaultKind, String, String) -> Void
    ) {
        add(.originFailure, distribution.name, " (origin 5xx)")
        add(.invalidate, distribution.name, " (empty the caches)")
    }

    /// Instance types for the selected group or stand-alone instance; nil if nothing fits.
    static func typeMenu(_ model: DashboardModel) -> Menu? {
        let target: (name: String, current: String)?
        if let instance = model.selectedInstance, instance.group == nil {
            target = (instance.id, instance.instanceType)
        } else if let group = model.selectedGroup {
            target = (group.name, group.instanceType)
        } else {
            target = nil
        }
        guard let target else { return nil }
        let options = zip(Menu.keys, InstanceType.catalogue.filter { $0.name != target.current }).map { key, type in
            MenuOption(
                key: key,
                title: "\(type.name)  \(type.vcpus) vCPU  \(Format.fixed(type.memoryGiB, decimals: 1)) GiB  "
                    + "$\(Format.fixed(type.pricePerHour, decimals: 4))/h",
                command: .setInstanceType(target: target.name, instanceType: type.name))
        }
        return Menu(title: "Instance type for \(target.name) (now \(target.current))", options: options)
    }
}
