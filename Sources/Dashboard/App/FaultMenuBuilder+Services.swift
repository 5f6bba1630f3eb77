import CloudSim

extension FaultMenuBuilder {
    /// Faults on what the focused messaging, serverless, container or Beanstalk panel has
    /// selected, as (kind, target, note); the menu offers each as "heal" while it is active.
    /// `net:latency` on a queue slows the queue's consumers.
    static func serviceFaults(_ model: DashboardModel) -> [(FaultKind, String, String)] {
        switch model.focus {
        case .queues:
            guard let q = model.selectedQueue else { return [] }
            return [
                (.consumerCrash, q.name, " (consumers stop deleting)"),
                (.latency, q.name, " (+200 ms on its consumers)"),
            ]
        case .serverless:
            switch model.selectedServerlessRow {
            case .function(let f)?:
                return [
                    (.lambdaThrottle, f.name, " (concurrency cut)"),
                    (.lambdaErrors, f.name, " (errors raised)"),
                    (.latency, f.name, " (+200 ms)"),
                ]
            case .stage(let s)?:
                return [(.apiThrottle, s.name, " (rate limit lowered, 429s)")]
            case nil:
                return []
            }
        case .containers:
            guard case .service(let s)? = model.selectedContainerRow else { return [] }
            return [(.stopTask, s.name, " (a task stops)")]
        case .beanstalk:
            guard let e = model.selectedEnvironment else { return [] }
            return [(.badDeploy, e.name, " (new version fails checks)")]
        default:
            return []
        }
    }
}
