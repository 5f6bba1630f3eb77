extension SQSQueueState {
    /// A Lambda event source mapping receives up to `count` visible messages at `tick` (the
    /// queue's own tick, not earlier than its last step): they go in flight, held by the
    /// mapping, oldest first. Returns how many it got (fewer at the in-flight limit).
    @discardableResult
    public mutating func receiveForMapping(_ count: Int, tick: Int) -> Int {
        let n = min(max(0, count), visible, max(0, config.inFlightLimit - inFlight))
        guard n > 0 else { return 0 }
        if mappingHeld == 0 { mappingOldestReceive = tick }
        take(n, tick: tick, quietCapacity: n, byMapping: true)
        mappingHeld += n
        counters.received += n
        return n
    }

    /// The mapping's outcome for messages it holds, oldest receive first: `deleted` were
    /// processed (DeleteMessage; lost for messages whose visibility already ran out), the
    /// `abandoned` ones stay in flight until their visibility timeout returns them. With
    /// `sqs:consumer-crash`, nothing is deleted.
    public mutating func settleMapping(deleted: Int, abandoned: Int) {
        var toDelete = max(0, deleted)
        var toAbandon = max(0, abandoned)
        if consumersCrashed {
            toAbandon += toDelete
            toDelete = 0
        }
        // Messages that timed out while held are the oldest the function had: they finish first.
        let lostDeletes = min(toDelete, mappingOrphans)
        mappingOrphans -= lostDeletes
        toDelete -= lostDeletes
        let lostAbandons = min(toAbandon, mappingOrphans)
        mappingOrphans -= lostAbandons
        toAbandon -= lostAbandons
        guard toDelete + toAbandon > 0, mappingHeld > 0 else { return }
        var k = firstInFlight(receivedAtOrAfter: mappingOldestReceive)
        var deletedNow = 0
        while k < inFlightCohorts.endIndex && toDelete + toAbandon > 0 {
            let held = inFlightCohorts[k].mappingHeld
            if held > 0 {
                let d = min(toDelete, held)
                let a = min(toAbandon, held - d)
                inFlightCohorts[k].count -= d
                inFlightCohorts[k].mappingHeld -= d + a
                toDelete -= d
                toAbandon -= a
                deletedNow += d
                mappingHeld -= d + a
            }
            if inFlightCohorts[k].mappingHeld == 0 { k += 1 }
        }
        if k < inFlightCohorts.endIndex { mappingOldestReceive = inFlightCohorts[k].receiveTick }
        inFlight -= deletedNow
        counters.deleted += deletedNow
    }

    /// Mapping-held messages of a cohort leaving the in-flight set (visibility or retention ran
    /// out): the mapping's later delete of them will be lost.
    mutating func orphanMappingHeld(_ n: Int) {
        guard n > 0 else { return }
        mappingHeld -= n
        mappingOrphans += n
    }
}
