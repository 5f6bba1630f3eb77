import Foundation

extension SQSQueueState {
    /// Up to `idleConsumers` receives, each of up to `batchSize` visible messages, oldest
    /// first; returns the batches and messages received.
    ///
    /// A FIFO queue serves one batch per message group at a time (groups with a batch in
    /// flight are locked) and at most its receive quota of calls. `quietWorkers` counts the
    /// workers idle since the tick began: a message taken in the tick it became visible by a
    /// worker freed during the tick waited with probability 1/2 (the worker freed up at a
    /// uniform instant of the tick, the message arrived at another).
    mutating func receive(tick: Int, quietWorkers: inout Int) -> (batches: Int, messages: Int) {
        var calls = idleConsumers
        guard calls > 0, visible > 0 else { return (0, 0) }
        var perBatch = consumer.batchSize
        if let rate = config.fifoCallsPerSecond {
            receiveBudget.refill(tick: tick, callsPerTick: Double(rate) * tickSeconds)
            let groups = Double(config.messageGroups)
            // Visible messages spread evenly over the groups: the share of groups holding one.
            let occupied = 1 - Foundation.pow(1 - 1 / groups, Double(visible))
            let unlocked = max(0, config.messageGroups - lockedGroups)
            let open = unlocked == 0 ? 0 : max(1, Int((Double(unlocked) * occupied).rounded(.down)))
            calls = min(calls, receiveBudget.whole, open)
            let perGroup = Double(visible) / max(1, groups * occupied)
            perBatch = min(perBatch, max(1, Int(perGroup.rounded(.down))))
        }
        let room = config.inFlightLimit - inFlight
        guard room > 0 else {
            counters.overLimitReceives += calls
            return (0, 0)
        }
        guard calls > 0 else { return (0, 0) }
        let messages = min(visible, calls * perBatch, room)
        let batches = (messages + perBatch - 1) / perBatch
        if config.fifoCallsPerSecond != nil { receiveBudget.spend(batches) }
        take(messages, tick: tick, quietCapacity: quietWorkers * perBatch)
        quietWorkers = max(0, quietWorkers - batches)
        if let last = workers.last, last.receiveTick == tick {
            workers[workers.count - 1].consumers += batches
            workers[workers.count - 1].messages += messages
            workers[workers.count - 1].receiveTickSum += batches * tick
        } else {
            workers.append(SQSWorkerBatch(receiveTick: tick, consumers: batches, messages: messages))
            capWorkerBatches()
        }
        busyConsumers += batches
        counters.received += messages
        return (batches, messages)
    }

    /// Batches of a standard queue's workers kept apart at most; past it the two oldest merge,
    /// so a tick's cost does not grow with the message rate (a batch of n workers would
    /// otherwise live about ln(n) processing times).
    static let maxWorkerBatches = 8

    /// Merges the two oldest worker batches of a standard queue while there are too many.
    /// FIFO queues keep every batch (their message-group locks follow each receive).
    mutating func capWorkerBatches() {
        guard config.type == .standard, workers.count > Self.maxWorkerBatches else { return }
        let oldest = workers.removeFirst()
        workers[0] = oldest.merged(with: workers[0])
    }

    /// Message groups locked by a batch in flight (FIFO).
    var lockedGroups: Int {
        workers.reduce(0) { $0 + ($1.messages > 0 ? $1.consumers : 0) }
            + abandoned.reduce(0) { $0 + $1.batches }
    }

    /// Moves `n` visible messages in flight: whichever of the returned and fresh cohorts became
    /// visible first (returned ones on ties).
    /// `byMapping`: an event source mapping receives them (it holds them, not a worker).
    mutating func take(_ n: Int, tick: Int, quietCapacity: Int, byMapping: Bool = false) {
        var left = n
        var quiet = quietCapacity
        while left > 0 {
            let useReturned: Bool
            switch (returnedCohorts.first, fresh.first) {
            case (let r?, let f?): useReturned = r.visibleSince <= f.visibleSince
            case (.some, nil): useReturned = true
            default: useReturned = false
            }
            var cohort = useReturned ? returnedCohorts.first! : fresh.first!
            let k = min(left, cohort.count)
            if cohort.receiveCount == 0 {
                counters.firstReceives += k
                counters.waitTicks += k * (tick - cohort.visibleSince)
                let byQuiet = min(k, quiet)
                counters.waited += cohort.visibleSince < tick ? Double(k) : 0.5 * Double(k - byQuiet)
            }
            quiet = max(0, quiet - k)
            oldestRetainedBound = min(oldestRetainedBound, cohort.enqueueTick)
            inFlightCohorts.append(
                SQSInFlightCohort(
                    receiveTick: tick, enqueueTick: cohort.enqueueTick, receiveCount: cohort.receiveCount + 1,
                    count: k, held: byMapping ? 0 : k, mappingHeld: byMapping ? k : 0))
            cohort.count -= k
            left -= k
            if useReturned {
                if cohort.count == 0 {
                    returnedCohorts.removeFirst()
                } else {
                    returnedCohorts[returnedCohorts.startIndex] = cohort
                }
            } else {
                if cohort.count == 0 { fresh.removeFirst() } else { fresh[fresh.startIndex] = cohort }
            }
        }
        visible -= n
        inFlight += n
    }
}
