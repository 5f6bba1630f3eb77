extension Simulation {
    /// Fills the snapshot's queues, topics, functions and API stages (architecture order).
    func fillMessagingSnapshot(_ snapshot: inout Snapshot) {
        guard messaging.isActive else { return }
        snapshot.queues = messaging.queues.map { queue in
            var q = queue.state.snapshot(tick: queue.lastQueueTick(engineTick: tick))
            q.fleet = queue.spec.fleet
            q.deadLetterQueue = queue.spec.deadLetterQueue
            return q
        }
        snapshot.topics = messaging.topics.map { $0.state.snapshot() }
        snapshot.functions = messaging.account.functions.map { function in
            var f = function.snapshot(tick: tick - 1)
            f.sendsTo = function.config.sendsTo
            f.eventSourceQueue = function.config.sqsEventSource?.queue
            return f
        }
        snapshot.apiStages = messaging.stages.map(\.state.snapshot)
    }
}
