extension Simulation {
    /// Conservation in the asynchronous services, cheap enough for every tick: per queue, sent =
    /// deleted + visible + in flight + delayed + dead-lettered + expired; per topic and
    /// subscription, owed = delivered + retrying + dead-lettered + dropped; per function, every
    /// invocation finished or running and every event accounted for; API Gateway's clients in
    /// flight = answers still to come + requests waiting for a function.
    func messagingViolations() -> [String] {
        guard messaging.isActive else { return [] }
        var problems: [String] = []
        for q in messaging.queues {
            let s = q.state
            let c = s.counters
            let accounted = c.deleted + s.visible + s.inFlight + s.delayed + c.deadLettered + c.expired
            if c.sent != accounted || s.visible < 0 || s.inFlight < 0 || s.delayed < 0 || s.mappingHeld < 0 {
                problems.append(
                    "\(s.config.name): sent \(c.sent) != deleted \(c.deleted) + visible \(s.visible) + in flight "
                        + "\(s.inFlight) + delayed \(s.delayed) + DLQ \(c.deadLettered) + expired \(c.expired)"
                )
            }
            if c.deadLettered != s.deadLetterDepth + s.deadLettersHandedOver {
                problems.append("\(s.config.name): dead-letter depth disagrees with the moves")
            }
        }
        for t in messaging.topics { problems += t.state.problems() }
        for f in messaging.account.functions { problems += f.invariantViolations() }
        let waiting = messaging.stages.reduce(0) { $0 + $1.pending + $1.waitingForFunction }
        if waiting != messaging.clientsInFlight
            || messaging.stages.contains(where: { $0.waitingForFunction != 0 })
        {
            problems.append(
                "API Gateway: \(messaging.clientsInFlight) client requests in flight != \(waiting) answers to come"
            )
        }
        return problems
    }
}
