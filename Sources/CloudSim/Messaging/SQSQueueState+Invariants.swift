extension SQSQueueState {
    /// Broken invariants, in words (empty when all hold):
    /// sent = deleted + visible + in flight + delayed + dead-lettered + expired, the counts
    /// agree with their cohorts, nothing is negative, and workers stay within the fleet.
    public func problems() -> [String] {
        var found: [String] = []
        let accounted =
            counters.deleted + visible + inFlight + delayed + counters.deadLettered + counters.expired
        if counters.sent != accounted {
            found.append(
                "\(config.name): sent \(counters.sent) != deleted \(counters.deleted) + visible \(visible) "
                    + "+ in flight \(inFlight) + delayed \(delayed) + DLQ \(counters.deadLettered) "
                    + "+ expired \(counters.expired)")
        }
        if counters.deadLettered != deadLetterDepth + deadLettersHandedOver {
            found.append("\(config.name): dead-letter depth \(deadLetterDepth) disagrees with the moves")
        }
        let visibleInCohorts = sum(fresh) + sum(returnedCohorts)
        if visibleInCohorts != visible {
            found.append("\(config.name): visible \(visible) != cohorts \(visibleInCohorts)")
        }
        if sum(delayedCohorts) != delayed {
            found.append("\(config.name): delayed \(delayed) != its cohorts")
        }
        var flying = 0
        var held = 0
        var mapped = 0
        for k in inFlightCohorts.startIndex..<inFlightCohorts.endIndex {
            let c = inFlightCohorts[k]
            flying += c.count
            held += c.held
            mapped += c.mappingHeld
            if c.held < 0 || c.mappingHeld < 0 || c.held + c.mappingHeld > c.count {
                found.append("\(config.name): in-flight cohort holds \(c.held) + \(c.mappingHeld) of \(c.count)")
            }
        }
        if mapped != mappingHeld || mappingOrphans < 0 {
            found.append("\(config.name): mapping holds \(mappingHeld) != cohorts \(mapped)")
        }
        if flying != inFlight { found.append("\(config.name): in flight \(inFlight) != cohorts \(flying)") }
        let working = workers.reduce(0) { $0 + $1.consumers }
        if working != busyConsumers {
            found.append("\(config.name): busy \(busyConsumers) != worker batches \(working)")
        }
        if workers.reduce(0, { $0 + $1.messages }) != held {
            found.append("\(config.name): messages held by workers disagree with in-flight cohorts")
        }
        if [visible, inFlight, delayed, busyConsumers].contains(where: { $0 < 0 }) {
            found.append("\(config.name): negative count")
        }
        if inFlight > config.inFlightLimit { found.append("\(config.name): in flight above the limit") }
        return found
    }

    private func sum(_ deque: SQSDeque<SQSCohort>) -> Int {
        var total = 0
        for k in deque.startIndex..<deque.endIndex {
            if deque[k].count <= 0 { return -1 }
            total += deque[k].count
        }
        return total
    }
}

extension SQSQueueState {
    /// Cohorts and worker batches held: what a tick's work grows with (for cost checks).
    var cohortCount: Int {
        delayedCohorts.count + fresh.count + returnedCohorts.count + inFlightCohorts.count + workers.count
            + abandoned.count + deadLetterCohorts.count
    }

    /// Steps per engine tick that keep a queue's tick at most a tenth of its workers' mean
    /// processing time (the resolution its M/M/c fidelity needs; see DECISIONS.md).
    public static func stepsPerTick(engineTickSeconds: Double, meanProcessingSeconds: Double) -> Int {
        max(1, Int((10 * engineTickSeconds / meanProcessingSeconds).rounded(.up)))
    }
}
