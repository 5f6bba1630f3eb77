import CloudSim

/// Builds the fault and instance-type menus for what is focused or selected.
enum FaultMenuBuilder {
    /// Faults from the menu last this long (simulated seconds) unless healed earlier.
    static let defaultDuration = 300.0

    /// Every applicable fault for the focused panel's selection, with a key each.
    static func faultMenu(_ model: DashboardModel) -> Menu {
        let s = model.snapshot
        var items: [(String, FaultSpec)] = []
        func add(_ kind: FaultKind, _ target: String, _ note: String = "") {
            let duration: Double? = kind.isInstantaneous ? nil : defaultDuration
            items.append(
                ("\(kind.rawValue) \(target)\(note)", FaultSpec(kind: kind, target: target, durationSeconds: duration)))
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
            for zone in group.zones where !items.contains(where: { $0.1.kind == .azOutage && $0.1.target == zone }) {
                add(.azOutage, zone)
            }
        }
        for lb in s.loadBalancers { add(.latency, lb.name, " (+200 ms)") }
        if model.selectedInstance == nil && model.selectedGroup == nil {
            for zone in s.regions.flatMap(\.availabilityZones) { add(.azOutage, zone) }
        }
        add(.trafficSpike, "*", " (x3)")
        add(.trafficDDoS, "*", " (x10)")
        let options = zip(Menu.keys, items).map { key, item in
            let timing = item.1.durationSeconds.map { " for \(Int($0 / 60)) min" } ?? ""
            return MenuOption(key: key, title: item.0 + timing, command: .injectFault(item.1))
        }
        return Menu(title: "Inject a fault", options: options)
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
