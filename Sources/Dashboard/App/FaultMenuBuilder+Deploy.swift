import CloudSim

extension FaultMenuBuilder {
    /// Beanstalk's policies in the order the console lists them, each with what it costs.
    static let deployPolicies: [(policy: BeanstalkDeploymentPolicy, note: String)] = [
        (.allAtOnce, "short outage"), (.rolling, "one batch less capacity"),
        (.rollingWithAdditionalBatch, "full capacity"), (.immutable, "new fleet, then swap"),
        (.trafficSplitting(), "10% to the new fleet for 5 min"),
    ]

    /// The deploy menu for the selected ECS service (a rolling deploy of the next revision)
    /// or Beanstalk environment (every policy, with a working or a broken build); nil when
    /// nothing deployable is selected.
    static func deployMenu(_ model: DashboardModel) -> Menu? {
        guard let target = model.deployTarget else { return nil }
        let version = nextVersion(for: target, model: model)
        var items: [(String, DeploySpec)] = []
        let title: String
        switch target {
        case .service(let s):
            title = "Deploy to \(s.name) (now \(s.primary.taskDefinition))"
            let bounds = "min healthy \(s.minimumHealthy), max \(s.maximumTasks) tasks"
            items = [
                ("rolling deploy \(version) (\(bounds))", DeploySpec(target: s.name, version: version)),
                (
                    "rolling deploy \(version), bad build (fails health checks)",
                    DeploySpec(target: s.name, version: version, failsHealthChecks: true)
                ),
            ]
        case .environment(let e):
            title = "Deploy \(version) to \(e.name) (now \(e.currentVersion))"
            for isBad in [false, true] {
                for (policy, note) in deployPolicies {
                    let words = isBad ? "bad version (fails health checks)" : note
                    items.append(
                        (
                            "\(policy.name) \(version): \(words)",
                            DeploySpec(
                                target: e.name, version: version, policy: policy, failsHealthChecks: isBad)
                        ))
                }
            }
        }
        let options = zip(Menu.keys, items).map { key, item in
            MenuOption(key: key, title: item.0, command: .deploy(item.1))
        }
        return Menu(title: title, options: options)
    }

    /// The label after every one the target has seen: its current version, its deployments'
    /// versions and instances, and a deploy sent since the last tick.
    static func nextVersion(for target: DeployTarget, model: DashboardModel) -> String {
        var labels: [String]
        switch target {
        case .service(let s):
            labels = ([s.primary] + s.older).map(\.taskDefinition)
        case .environment(let e):
            labels = [e.currentVersion] + e.instances.map(\.version) + e.trafficShare.keys.sorted()
            if let d = e.deployment { labels += [d.version, d.previousVersion] }
        }
        if let pending = model.pendingDeployVersions[target.name] { labels.append(pending) }
        return VersionLabel.next(after: labels)
    }
}
