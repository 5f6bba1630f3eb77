extension Simulation {
    /// Resolves the asynchronous world's names: queues (fleets, dead-letter queues), topics
    /// (subscriptions), functions (`sendsTo`, failure targets, event source mappings), stages
    /// (integrations), traffic sources aimed at a stage, queue or topic, and the queue behind
    /// each group's backlog-per-instance metric. Names resolve in that order: queue, topic,
    /// function; a traffic source's target only when no load balancer, distribution, bucket or
    /// hosted zone has its name.
    mutating func buildMessagingTopology() {
        let a = architecture
        guard !a.queues.isEmpty || !a.topics.isEmpty || !a.functions.isEmpty || !a.apiStages.isEmpty else {
            return
        }
        var names: [String: MessagingTarget] = [:]
        for (q, spec) in a.queues.enumerated() where names[spec.config.name] == nil {
            names[spec.config.name] = .queue(q)
        }
        for (t, topic) in a.topics.enumerated() where names[topic.name] == nil {
            names[topic.name] = .topic(t)
        }
        for (f, fn) in a.functions.enumerated() where names[fn.name] == nil { names[fn.name] = .function(f) }
        func queueIndex(_ name: String?) -> Int? {
            guard let name, case .queue(let q) = names[name] else { return nil }
            return q
        }
        func sendTarget(_ name: String) -> MessagingTarget? {
            switch names[name] {
            case .queue(let q): .queue(q)
            case .topic(let t): .topic(t)
            default: nil
            }
        }
        // A Beanstalk worker environment's daemon consumes a queue nobody else does.
        var daemons: [String: (environment: Int, daemon: BeanstalkWorkerDaemon)] = [:]
        for (e, env) in a.beanstalkEnvironments.enumerated() {
            if case .worker(let daemon) = env.config.tier, daemons[daemon.queue] == nil {
                daemons[daemon.queue] = (e, daemon)
            }
        }
        messaging.queues = a.queues.map { declared in
            var spec = declared
            let worker = spec.fleet == .none ? daemons[spec.config.name] : nil
            if let worker {
                spec.consumer.meanProcessingSeconds = worker.daemon.meanProcessingSeconds
                spec.consumer.batchSize = 1
            }
            let steps =
                spec.fleet == .none && worker == nil
                ? 1
                : SQSQueueState.stepsPerTick(
                    engineTickSeconds: tickSeconds, meanProcessingSeconds: spec.consumer.meanProcessingSeconds
                )
            var consumer = spec.consumer
            if spec.fleet == .none { consumer.consumers = 0 }
            var group: Int?
            if case .autoScalingGroup(let name, _) = spec.fleet {
                group = groups.firstIndex { $0.config.name == name }
            }
            var runtime = QueueRuntime(
                spec: spec,
                state: SQSQueueState(
                    config: spec.config, consumer: consumer, tickSeconds: tickSeconds / Double(steps)),
                steps: steps, workerGroup: group, deadLetterQueue: queueIndex(spec.deadLetterQueue),
                baseProcessingSeconds: spec.consumer.meanProcessingSeconds)
            runtime.workerEnvironment = worker.map { ($0.environment, $0.daemon.httpConnections) }
            if case .ecsService(let name, _) = spec.fleet { runtime.workerService = ecsService(named: name) }
            return runtime
        }
        messaging.topics = a.topics.map { topic in
            TopicRuntime(
                state: SNSTopicState(config: topic, tickSeconds: tickSeconds),
                endpoints: topic.subscriptions.map { sub in
                    switch (sub.endpoint, names[sub.name]) {
                    case (.sqs, .queue(let q)): .queue(q)
                    case (.lambda, .function(let f)): .function(f)
                    default: nil
                    }
                },
                deadLetterQueues: topic.subscriptions.map { queueIndex($0.deadLetterQueue) })
        }
        messaging.account = LambdaAccount(
            functions: a.functions, concurrencyLimit: a.lambdaAccountConcurrency, tickSeconds: tickSeconds)
        messaging.functions = a.functions.map { fn in
            var failure: MessagingTarget?
            switch fn.async.onFailure {
            case .deadLetterQueue(let name), .onFailureDestination(let name): failure = sendTarget(name)
            case .none: failure = nil
            }
            return FunctionRuntime(
                sendsTo: fn.sendsTo.compactMap(sendTarget), failureTarget: failure,
                mappingQueue: queueIndex(fn.sqsEventSource?.queue))
        }
        for (f, fn) in messaging.functions.enumerated() {
            if let q = fn.mappingQueue { messaging.queues[q].mappings.append(f) }
        }
        messaging.apiAccount = ApiGatewayAccount(usagePlans: a.apiUsagePlans)
        for (s, config) in a.apiStages.enumerated() {
            var target: MessagingTarget?
            var balancer: Int?
            switch config.integration {
            case .lambda(let name):
                if case .function(let f) = names[name] {
                    target = .function(f)
                    messaging.functions[f].callers.append(s)
                    messaging.account.functions[f].logsSynchronousStarts = true
                }
            case .queue(let name): target = queueIndex(name).map(MessagingTarget.queue)
            case .loadBalancer(let name): balancer = a.loadBalancers.firstIndex { $0.name == name }
            }
            messaging.stages.append(
                StageRuntime(
                    state: ApiGatewayStageState(config: config, tickSeconds: tickSeconds),
                    integration: target,
                    balancer: balancer, tickSeconds: tickSeconds))
        }
        for (s, config) in a.apiStages.enumerated() where names[config.name] == nil {
            names[config.name] = .stage(s)
        }
        messaging.sourceTargets = sources.indices.map { s in
            guard sources[s].balancer == nil, sourceRoutes[s].endpoint == nil else { return nil }
            switch names[sources[s].config.target] {
            case .stage(let k): return .stage(k)
            case .queue(let q): return .queue(q)
            case .topic(let t): return .topic(t)
            default: return nil
            }
        }
        for g in groups.indices {
            groups[g].backlogQueue = backlogQueue(forGroup: g, queueIndex: queueIndex)
        }
        messaging.demands = Array(repeating: LambdaDemand(), count: a.functions.count)
        messaging.published = Array(repeating: 0, count: a.topics.count)
        messaging.isActive = true
    }

    /// The queue a group's backlog-per-instance policies watch: the one they name, else the
    /// queue whose fleet is the group.
    private func backlogQueue(forGroup g: Int, queueIndex: (String?) -> Int?) -> Int? {
        let tracked = groups[g].alarms.first { $0.config.metric == .sqsBacklogPerInstance }
        guard let tracked else { return nil }
        if let named = queueIndex(tracked.config.queue) { return named }
        return messaging.queues.firstIndex { $0.workerGroup == g }
    }
}
