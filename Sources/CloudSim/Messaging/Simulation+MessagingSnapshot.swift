extension Simulation {
    /// Fills the snapshot's queues, topics, functions and API stages (architecture order).
    func fillMessagingSnapshot(_ snapshot: inout Snapshot) {
        guard messaging.isActive else { return }
        snapshot.queues = messaging.queues.enumerated().map { q, queue in
            queue.state.snapshot(tick: messaging.queues[q].lastQueueTick(engineTick: tick))
        }
        snapshot.topics = messaging.topics.map { $0.state.snapshot() }
        snapshot.functions = messaging.account.functions.map { $0.snapshot(tick: tick - 1) }
        snapshot.apiStages = messaging.stages.map(\.state.snapshot)
    }
}
