extension Simulation {
    /// The asynchronous stage of the tick, after the compute tier: Lambda functions (synchronous
    /// calls from API Gateway, asynchronous events from SNS, SQS event source mappings; the
    /// account's concurrency shared), then SNS topics (publishes of clients and functions fan
    /// out), then SQS queues (each stepped `steps` times with this tick's sends spread over the
    /// steps; worker fleets from their groups or services), then the stages' answers due now.
    mutating func serveMessaging() {
        guard messaging.isActive else { return }
        if !messaging.functions.isEmpty { runFunctions() }
        if !messaging.topics.isEmpty { runTopics() }
        if !messaging.queues.isEmpty { runQueues() }
        if !messaging.stages.isEmpty { completeApiStages() }
        if tick % ticksPerSecond == 0 { accrueMessagingBill() }
    }

    /// Lambda: one account step for every function, then its outcomes go where they belong.
    private mutating func runFunctions() {
        for f in messaging.functions.indices {
            var visible = 0
            if let q = messaging.functions[f].mappingQueue {
                visible = messaging.queues[q].state.visible / max(1, messaging.queues[q].mappings.count)
            }
            messaging.demands[f] = LambdaDemand(
                synchronous: messaging.functions[f].synchronous,
                asynchronous: messaging.functions[f].asynchronous,
                visibleMessages: visible)
            messaging.functions[f].synchronous = 0
            messaging.functions[f].asynchronous = 0
        }
        let results = messaging.account.step(tick: tick - 1, demands: messaging.demands, random: &random)
        for (f, result) in results.enumerated() {
            answerStages(
                function: f, throttled: result.synchronousThrottled, admitted: result.synchronousAdmitted)
            if let q = messaging.functions[f].mappingQueue {
                let queueTick = messaging.queues[q].lastQueueTick(engineTick: tick - 1)
                let sqs = result.sqs
                messaging.queues[q].state.receiveForMapping(sqs.messagesReceived, tick: queueTick)
                messaging.queues[q].state.settleMapping(
                    deleted: sqs.messagesSucceeded, abandoned: sqs.messagesThrottled + sqs.messagesFailed)
            }
            let metrics = messaging.account.functions[f].metrics
            let asyncSucceeded = metrics.asyncEventsSucceeded - messaging.functions[f].asyncSucceeded
            messaging.functions[f].asyncSucceeded = metrics.asyncEventsSucceeded
            let successes = result.synchronousSucceeded + asyncSucceeded + result.sqs.batchesSucceeded
            for target in messaging.functions[f].sendsTo { deliver(successes, to: target) }
            let givenUp = metrics.sentToDeadLetterQueue + metrics.sentToOnFailureDestination
            let newlyGivenUp = givenUp - messaging.functions[f].givenUp
            messaging.functions[f].givenUp = givenUp
            if let target = messaging.functions[f].failureTarget { deliver(newlyGivenUp, to: target) }
        }
        for event in messaging.account.takeEvents() { log(event.severity, event.source, event.message) }
    }

    /// One message per count to a queue (SendMessage) or topic (Publish); an event to a function.
    private mutating func deliver(_ n: Int, to target: MessagingTarget) {
        guard n > 0 else { return }
        switch target {
        case .queue(let q): messaging.queues[q].sends += n
        case .topic(let t): messaging.topics[t].publishes += n
        case .function(let f): messaging.functions[f].asynchronous += n
        case .stage: break
        }
    }

    /// SNS: this tick's publishes fan out; deliveries go to their queue (this tick) or function
    /// (asynchronous invocations, next tick); exhausted ones to the subscription's DLQ.
    private mutating func runTopics() {
        for t in messaging.topics.indices {
            let published = messaging.topics[t].publishes
            messaging.topics[t].publishes = 0
            messaging.successChances.removeAll(keepingCapacity: true)
            for (s, endpoint) in messaging.topics[t].endpoints.enumerated() {
                // A subscription to a queue or function the architecture lacks never succeeds.
                let known = endpoint != nil
                let managed = [.sqs, .lambda].contains(
                    messaging.topics[t].state.config.subscriptions[s].endpoint)
                messaging.successChances.append(known || !managed ? 1 : 0)
            }
            let chances = messaging.successChances
            messaging.topics[t].state.step(
                tick: tick - 1, published: published, success: { chances[$0] }, random: &random)
            for s in messaging.topics[t].endpoints.indices {
                let sub = messaging.topics[t].state.subscriptions[s]
                if let endpoint = messaging.topics[t].endpoints[s] {
                    deliver(sub.deliveredLastTick, to: endpoint)
                }
                if let dlq = messaging.topics[t].deadLetterQueues[s] {
                    messaging.queues[dlq].sends += sub.deadLetteredLastTick
                }
            }
        }
    }

    /// SQS: fleets sized, sends spread over the queue's steps, redrive to named dead-letter
    /// queues, worker CPU onto the instances, and the backlog-per-instance metric.
    private mutating func runQueues() {
        let minuteEnds = tick % ticksPerMinute == 0
        for q in messaging.queues.indices {
            let fleet = consumerFleet(of: q)
            if messaging.queues[q].state.consumers != fleet.workers {
                messaging.queues[q].state.setConsumers(fleet.workers)
            }
            let steps = messaging.queues[q].steps
            var left = messaging.queues[q].sends
            messaging.queues[q].sends = 0
            var busy = 0
            for k in 0..<steps {
                let share = k == steps - 1 || left == 0 ? left : random.binomial(left, 1 / Double(steps - k))
                left -= share
                let queueTick = (tick - 1) * steps + k
                if share > 0 { messaging.queues[q].state.send(share, tick: queueTick) }
                messaging.queues[q].state.step(tick: queueTick, random: &random)
                busy += messaging.queues[q].state.busyConsumers
            }
            if let dlq = messaging.queues[q].deadLetterQueue, messaging.queues[q].state.deadLetterDepth > 0 {
                let moved = messaging.queues[q].state.takeDeadLetters().reduce(0) { $0 + $1.count }
                messaging.queues[dlq].sends += moved
            }
            messaging.queues[q].visibleMinuteSum += Double(messaging.queues[q].state.visible)
            messaging.queues[q].minuteTicks += 1
            if let g = fleet.group, fleet.workers > 0 {
                addWorkerCPU(group: g, busyShare: Double(busy) / Double(steps) / Double(fleet.workers))
            }
            if let ref = messaging.queues[q].workerService, fleet.workers > 0 {
                addTaskWork(service: ref, busyShare: Double(busy) / Double(steps) / Double(fleet.workers))
            }
        }
        guard minuteEnds else { return }
        for g in groups.indices { publishBacklog(g) }
        for q in messaging.queues.indices {
            messaging.queues[q].visibleMinuteSum = 0
            messaging.queues[q].minuteTicks = 0
        }
    }

    /// The minute's backlog per InService instance of a group that scales on a queue.
    private mutating func publishBacklog(_ g: Int) {
        guard let q = groups[g].backlogQueue else { return }
        let queue = messaging.queues[q]
        let visible = queue.minuteTicks > 0 ? queue.visibleMinuteSum / Double(queue.minuteTicks) : 0
        let serving = inServiceInstances(group: g)
        groups[g].minuteBacklog.append(visible / Double(max(1, serving)))
    }
}
