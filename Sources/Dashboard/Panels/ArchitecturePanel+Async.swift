import CloudSim

/// Messaging, serverless, containers and Beanstalk on the map. API stages and topics stand
/// with the load balancers (they take the clients' requests or publishes); ECS services,
/// Beanstalk environments and Lambda functions with the compute; queues and their consumers
/// get two columns of their own on the right. Request paths are solid arrows labelled with
/// requests per second; asynchronous paths (a stage or topic handing messages to a queue, a
/// topic delivering to its subscriptions, consumers deleting messages) are dashed and
/// labelled per second, with a key in the corner.
extension ArchitecturePanel {
    /// Whether the snapshot has anything this extension draws.
    static func hasServices(_ s: Snapshot) -> Bool {
        !s.queues.isEmpty || !s.topics.isEmpty || !s.functions.isEmpty || !s.apiStages.isEmpty
            || !s.ecsServices.isEmpty || !s.beanstalk.isEmpty
    }

    /// Stages and topics, in the load balancers' column.
    static func entryNodes(_ s: Snapshot) -> [Node] {
        let stages = s.apiStages.map { st in
            let level: StateLevel =
                st.serverErrorsPerSecond > 0
                ? .critical : st.tooManyRequestsPerSecond > 0 ? .warning : .healthy
            let detail =
                st.tooManyRequestsPerSecond > 0
                ? "429 \(Format.rate(st.tooManyRequestsPerSecond))/s"
                : "\(Format.rate(st.requestsPerSecond)) rps"
            return Node(key: "api:\(st.name)", title: "⌁ \(st.name) API", detail: detail, level: level)
        }
        let topics = s.topics.map { topic in
            let failing = topic.subscriptions.contains { $0.retrying > 0 || $0.dropped > 0 }
            return Node(
                key: "topic:\(topic.name)", title: "✉ \(topic.name) SNS",
                detail: "\(Format.rate(topic.publishedPerSecond))/s → \(topic.subscriptions.count)",
                level: failing ? .warning : .healthy)
        }
        return stages + topics
    }

    /// ECS services, Beanstalk environments and functions, in the compute column.
    static func serviceNodes(_ s: Snapshot) -> [Node] {
        let services = s.ecsServices.map { svc in
            let level: StateLevel =
                svc.running == 0 && svc.desired > 0
                ? .critical : svc.healthy < svc.desired ? .warning : .healthy
            return Node(
                key: "ecs:\(svc.name)", title: "▥ \(svc.name) ECS \(svc.running)/\(svc.desired)",
                detail: svc.isDeploying
                    ? "deploying \(svc.primary.taskDefinition)"
                    : "CPU \(Format.percent(svc.cpuUtilization / 100))",
                level: level)
        }
        let environments = s.beanstalk.map { e in
            let health = StateText.beanstalk(e.basicHealth)
            return Node(
                key: "eb:\(e.name)", title: "◆ \(e.name) EB",
                detail:
                    "\(health.symbol) \(e.basicHealth.rawValue) \(e.deployment?.status == .inProgress ? "→ " + (e.deployment?.version ?? "") : e.currentVersion)",
                level: health.level)
        }
        let functions = s.functions.map { f in
            let level: StateLevel =
                f.errorsPerSecond > 0
                ? .critical
                : f.throttlesPerSecond > 0 || f.concurrency >= Double(f.concurrencyLimit)
                    ? .warning : .healthy
            return Node(
                key: "fn:\(f.name)", title: "λ \(f.name)",
                detail: "\(Format.rate(f.concurrency))/\(Format.rate(Double(f.concurrencyLimit))) concurrent",
                level: level)
        }
        return services + environments + functions
    }

    /// Queues, then the workers that consume them (queues nobody polls here have none).
    static func asyncColumns(_ s: Snapshot) -> [[Node]] {
        let queues = s.queues.map { q in
            let level: StateLevel =
                q.consumersCrashed
                ? .critical : q.deadLetterDepth > 0 || q.oldestAgeSeconds > 60 ? .warning : .healthy
            return Node(
                key: "sqs:\(q.name)", title: "▭ \(q.name) SQS",
                detail: "\(QueuesPanel.count(q.visible)) msgs"
                    + (q.deadLetterDepth > 0 ? " DLQ \(QueuesPanel.count(q.deadLetterDepth))" : ""),
                level: level)
        }
        let workers = s.queues.filter { $0.consumersTotal > 0 || $0.consumersCrashed }.map { q in
            Node(
                key: "wk:\(q.name)", title: "▣ \(q.consumersTotal) workers",
                detail: q.consumersCrashed ? "× crashed" : "\(q.consumersBusy) busy",
                level: q.consumersCrashed ? .critical : .healthy)
        }
        return [queues, workers]
    }

    /// Links of these services as (from, to, rate, whether asynchronous).
    static func serviceLinks(_ s: Snapshot) -> [(String, String, Double, Bool)] {
        var result: [(String, String, Double, Bool)] = []
        func key(_ name: String) -> (String, Bool)? {
            if s.functions.contains(where: { $0.name == name }) { return ("fn:\(name)", false) }
            if s.queues.contains(where: { $0.name == name }) { return ("sqs:\(name)", true) }
            if s.loadBalancers.contains(where: { $0.name == name }) { return ("lb:\(name)", false) }
            return nil
        }
        for t in s.traffic where s.apiStages.contains(where: { $0.name == t.target }) {
            result.append(("src:\(t.name)", "api:\(t.target)", t.rps, false))
        }
        for st in s.apiStages {
            guard let (to, isAsync) = key(st.integration) else { continue }
            result.append(
                ("api:\(st.name)", to, max(0, st.requestsPerSecond - st.tooManyRequestsPerSecond), isAsync))
        }
        for topic in s.topics {
            for sub in topic.subscriptions {
                guard let (to, _) = key(sub.name), !to.hasPrefix("lb:") else { continue }
                result.append(("topic:\(topic.name)", to, sub.deliveredPerSecond, true))
            }
        }
        for q in s.queues where q.consumersTotal > 0 || q.consumersCrashed {
            result.append(("sqs:\(q.name)", "wk:\(q.name)", q.deletedPerSecond, true))
        }
        // A load balancer reaches a service or environment through a target group named after
        // it, or targets whose ids start with its name and a slash.
        let behind =
            s.ecsServices.map { ($0.name, "ecs:\($0.name)") } + s.beanstalk.map { ($0.name, "eb:\($0.name)") }
        for lb in s.loadBalancers {
            for (name, to) in behind {
                let groups = lb.targetGroups.filter { tg in
                    tg.name == name || tg.targets.contains { $0.instance.hasPrefix(name + "/") }
                }
                guard !groups.isEmpty else { continue }
                result.append(
                    ("lb:\(lb.name)", to, groups.flatMap(\.targets).reduce(0) { $0 + $1.rps }, false))
            }
        }
        return result
    }

    /// The key to the two kinds of arrow, in the map's bottom-right corner where it is blank.
    static func legend(in inner: Rect, style: Style, into buffer: inout Buffer) {
        let text = "─► req/s  ╌► msg/s"
        let width = DisplayWidth.of(text)
        let x = inner.maxX - width
        let y = inner.maxY - 1
        guard x >= inner.x, y >= inner.y, (x..<inner.maxX).allSatisfy({ buffer[$0, y].symbol == " " }) else {
            return
        }
        buffer.write(text, x: x, y: y, style: style)
    }
}
