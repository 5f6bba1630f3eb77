extension SQSQueueState {
    /// Delayed messages whose delay is over turn visible.
    mutating func matureDelayed(tick: Int) {
        while let c = delayedCohorts.first, c.visibleSince <= tick {
            delayedCohorts.removeFirst()
            delayed -= c.count
            visible += c.count
            Self.appendMerging(c, to: &fresh)
        }
    }

    /// Messages visible again after their visibility timeout, or moved to the dead-letter
    /// queue when they have been received `maxReceiveCount` times (the move happens when they
    /// would become visible, exactly one timeout after their last receive).
    mutating func expireVisibility(tick: Int) {
        abandoned.removeAll { $0.receiveTick + visibilityTicks <= tick }
        while let c = inFlightCohorts.first, c.receiveTick + visibilityTicks <= tick {
            inFlightCohorts.removeFirst()
            guard c.count > 0 else { continue }
            if c.held > 0, let w = workers.firstIndex(where: { $0.holds(receivedIn: c.receiveTick) }) {
                workers[w].messages -= c.held  // still processing: its delete will be lost
            }
            orphanMappingHeld(c.mappingHeld)
            inFlight -= c.count
            counters.returned += c.count
            let cohort = SQSCohort(
                enqueueTick: c.enqueueTick, visibleSince: tick, receiveCount: c.receiveCount, count: c.count)
            if let limit = config.maxReceiveCount, c.receiveCount >= limit {
                deadLetter(cohort)
            } else {
                visible += c.count
                oldestRetainedBound = min(oldestRetainedBound, c.enqueueTick)
                Self.appendMerging(cohort, to: &returnedCohorts)
            }
        }
    }

    private mutating func deadLetter(_ cohort: SQSCohort) {
        counters.deadLettered += cohort.count
        deadLetterDepth += cohort.count
        if let last = deadLetterCohorts.last, last.enqueueTick == cohort.enqueueTick {
            deadLetterCohorts[deadLetterCohorts.count - 1].count += cohort.count
        } else {
            if deadLetterCohorts.count >= 1_024 {
                // Bounded: merge neighbours, keeping the older enqueue tick of each pair.
                var merged: [SQSCohort] = []
                merged.reserveCapacity(512)
                for k in stride(from: 0, to: deadLetterCohorts.count, by: 2) {
                    var pair = deadLetterCohorts[k]
                    if k + 1 < deadLetterCohorts.count { pair.count += deadLetterCohorts[k + 1].count }
                    merged.append(pair)
                }
                deadLetterCohorts = merged
            }
            deadLetterCohorts.append(cohort)
        }
    }

    /// Deletes every message sent at least one retention period ago, wherever it is.
    mutating func expireRetention(tick: Int) {
        let cutoff = tick - retentionTicks
        while let c = delayedCohorts.first, c.enqueueTick <= cutoff {
            delayedCohorts.removeFirst()
            delayed -= c.count
            counters.expired += c.count
        }
        while let c = fresh.first, c.enqueueTick <= cutoff {
            fresh.removeFirst()
            visible -= c.count
            counters.expired += c.count
        }
        // Returned and in-flight cohorts are not in enqueue order: scan them only when the
        // oldest of them may have expired.
        guard oldestRetainedBound <= cutoff else { return }
        var oldest = Int.max
        returnedCohorts.removeAll { c in
            guard c.enqueueTick <= cutoff else {
                oldest = min(oldest, c.enqueueTick)
                return false
            }
            visible -= c.count
            counters.expired += c.count
            return true
        }
        for k in inFlightCohorts.startIndex..<inFlightCohorts.endIndex where inFlightCohorts[k].count > 0 {
            let c = inFlightCohorts[k]
            guard c.enqueueTick <= cutoff else {
                oldest = min(oldest, c.enqueueTick)
                continue
            }
            if c.held > 0, let w = workers.firstIndex(where: { $0.holds(receivedIn: c.receiveTick) }) {
                workers[w].messages -= c.held
            }
            orphanMappingHeld(c.mappingHeld)
            inFlight -= c.count
            counters.expired += c.count
            inFlightCohorts[k].count = 0
            inFlightCohorts[k].held = 0
            inFlightCohorts[k].mappingHeld = 0
        }
        oldestRetainedBound = oldest
    }

    /// `ApproximateAgeOfOldestMessage` in seconds: the oldest message visible or in flight
    /// (0 when there is none).
    public func oldestMessageAge(tick: Int) -> Double {
        var oldest = fresh.first?.enqueueTick ?? Int.max
        for k in returnedCohorts.startIndex..<returnedCohorts.endIndex {
            oldest = min(oldest, returnedCohorts[k].enqueueTick)
        }
        for k in inFlightCohorts.startIndex..<inFlightCohorts.endIndex where inFlightCohorts[k].count > 0 {
            oldest = min(oldest, inFlightCohorts[k].enqueueTick)
        }
        return oldest == Int.max ? 0 : Double(tick - oldest) * tickSeconds
    }
}
