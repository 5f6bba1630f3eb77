extension HeadlessRecord {
    /// ECS services, EKS deployments and Beanstalk environments (present only when the
    /// scenario has them). A Beanstalk environment's `health` is its basic colour as a number
    /// (0 green, 1 yellow, 2 red, 3 grey) and `version` the position of the version it runs
    /// among those registered (1 = the first).
    static func containerServices(
        _ s: Snapshot
    ) -> [(kind: String, resources: [(name: String, fields: [(String, Double, Int)])])] {
        var services: [(kind: String, resources: [(name: String, fields: [(String, Double, Int)])])] = []
        if !s.ecsServices.isEmpty {
            services.append(
                (
                    "ecs",
                    s.ecsServices.map { e in
                        (
                            e.name,
                            [
                                ("desired", Double(e.desired), 0), ("running", Double(e.running), 0),
                                ("pending", Double(e.pending), 0), ("healthy", Double(e.healthy), 0),
                                ("cpu", e.cpuUtilization, 1), ("deploying", e.isDeploying ? 1 : 0, 0),
                            ]
                        )
                    }
                ))
        }
        let deployments = s.eksClusters.flatMap(\.deployments)
        if !deployments.isEmpty {
            services.append(
                (
                    "eks",
                    deployments.map { d in
                        (
                            d.name,
                            [
                                ("replicas", Double(d.replicas), 0), ("ready", Double(d.ready), 0),
                                ("pending", Double(d.pending), 0), ("cpu", d.cpuUtilization, 1),
                            ]
                        )
                    }
                ))
        }
        if !s.beanstalk.isEmpty {
            services.append(
                (
                    "beanstalk",
                    s.beanstalk.map { b in
                        (
                            b.name,
                            [
                                ("health", Double(healthCode(b.basicHealth)), 0),
                                ("capacity", Double(b.capacityInService), 0),
                                ("failing", Double(b.failingInService), 0),
                                ("instances", Double(b.instances.reduce(0) { $0 + $1.count }), 0),
                                ("version", Double(b.versionNumber), 0),
                                ("deploying", b.deployment?.status == .inProgress ? 1 : 0, 0),
                            ]
                        )
                    }
                ))
        }
        return services
    }

    /// 0 green, 1 yellow, 2 red, 3 grey.
    private static func healthCode(_ color: BeanstalkHealthColor) -> Int {
        switch color {
        case .green: 0
        case .yellow: 1
        case .red: 2
        case .grey: 3
        }
    }
}
