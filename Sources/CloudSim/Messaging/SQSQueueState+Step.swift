import Foundation

extension SQSQueueState {
    /// Advances one tick: delayed messages turn visible, retention and visibility timeouts run
    /// out (redrive to the dead-letter queue), busy workers finish, idle workers receive.
    /// Call after this tick's `send`s.
    public mutating func step(tick: Int, random: inout SimRandom) {
        matureDelayed(tick: tick)
        expireRetention(tick: tick)
        expireVisibility(tick: tick)
        let idleAtStart = idleConsumers
        let x = tickSeconds / consumer.meanProcessingSeconds
        let finishProbability = -Foundation.expm1(-x)
        for i in workers.indices {
            let done = random.binomial(workers[i].consumers, finishProbability)
            if done > 0 { finish(workerIndex: i, consumers: done, tick: tick, random: &random) }
        }
        removeIdleWorkerBatches()
        receiveAndProcess(
            tick: tick, idleAtStart: idleAtStart, x: x, finishProbability: finishProbability, random: &random)
        countEmptyReceives()
        counters.visibleTicks += visible
        counters.busyTicks += busyConsumers
        counters.ticks += 1
        figures.endTick(counters, visible: visible, ticksPerSecond: ticksPerSecond)
    }

    /// Idle workers receive; a worker that starts this tick may finish before its end and
    /// receive again (a few rounds; each round's chance halves, as it starts later).
    private mutating func receiveAndProcess(
        tick: Int, idleAtStart: Int, x: Double, finishProbability: Double, random: inout SimRandom
    ) {
        var quiet = idleAtStart
        var sameTickFinish = 1 - finishProbability / x
        for _ in 0..<4 {
            let (batches, messages) = receive(tick: tick, quietWorkers: &quiet)
            guard batches > 0 else { break }
            let done = random.binomial(batches, sameTickFinish)
            guard done > 0, let i = workers.indices.last else { break }
            let finished = done == batches ? messages : done * messages / batches
            finish(workerIndex: i, consumers: done, messages: finished, tick: tick, random: &random)
            sameTickFinish *= 0.5
        }
        removeIdleWorkerBatches()
    }

    private mutating func removeIdleWorkerBatches() {
        guard workers.contains(where: { $0.consumers == 0 }) else { return }
        workers.removeAll { $0.consumers == 0 }
    }

    /// `done` workers of a batch finish: their messages are deleted, or left in flight when
    /// processing failed (or the workers crashed).
    mutating func finish(workerIndex i: Int, consumers done: Int, tick: Int, random: inout SimRandom) {
        let w = workers[i]
        let messages = done == w.consumers ? w.messages : done * w.messages / w.consumers
        finish(workerIndex: i, consumers: done, messages: messages, tick: tick, random: &random)
    }

    private mutating func finish(
        workerIndex i: Int, consumers done: Int, messages: Int, tick: Int, random: inout SimRandom
    ) {
        let receiveTick = workers[i].receiveTick
        let lastReceiveTick = workers[i].lastReceiveTick
        // The finishing workers' share of the receive ticks (exact until batches merge).
        let startedSum =
            done == workers[i].consumers
            ? workers[i].receiveTickSum : workers[i].receiveTickSum / workers[i].consumers * done
        workers[i].consumers -= done
        workers[i].messages -= messages
        workers[i].receiveTickSum -= startedSum
        busyConsumers -= done
        counters.completedBatches += done
        counters.processingTicks += done * tick - startedSum
        guard messages > 0 else { return }  // their visibility ran out: the delete is lost
        let failedBatches = consumersCrashed ? done : random.binomial(done, consumer.errorRate)
        let failed = failedBatches == done ? messages : failedBatches * messages / done
        counters.failedBatches += failedBatches
        let stillHeldFrom = release(
            receiveTicks: receiveTick...lastReceiveTick, deleted: messages - failed, abandoned: failed)
        // Receives before that tick hold nothing more for these workers: later releases start there.
        if lastReceiveTick > receiveTick { workers[i].receiveTick = max(receiveTick, stillHeldFrom) }
        if failedBatches > 0 && config.type == .fifo {
            if let k = abandoned.lastIndex(where: { $0.receiveTick == receiveTick }) {
                abandoned[k].batches += failedBatches
            } else {
                abandoned.append(SQSAbandonedLocks(receiveTick: receiveTick, batches: failedBatches))
            }
        }
    }

    /// Deletes `deleted` and gives up on `abandoned` of the messages received in
    /// `receiveTicks`, oldest first. Emptied cohorts stay until their timeout reaches the
    /// front, so this touches only the run of cohorts of those ticks. Returns the receive tick
    /// of the first of them still held (the range's end when none is).
    @discardableResult
    private mutating func release(receiveTicks: ClosedRange<Int>, deleted: Int, abandoned: Int) -> Int {
        var toDelete = deleted
        var toAbandon = abandoned
        let start = firstInFlight(receivedAtOrAfter: receiveTicks.lowerBound)
        var k = start
        while k < inFlightCohorts.endIndex && inFlightCohorts[k].receiveTick <= receiveTicks.upperBound
            && toDelete + toAbandon > 0
        {
            let d = min(toDelete, inFlightCohorts[k].held)
            inFlightCohorts[k].count -= d
            inFlightCohorts[k].held -= d
            toDelete -= d
            let a = min(toAbandon, inFlightCohorts[k].held)
            inFlightCohorts[k].held -= a
            toAbandon -= a
            k += 1
        }
        let done = deleted - toDelete
        inFlight -= done
        counters.deleted += done
        let held = k > start && inFlightCohorts[k - 1].held > 0 ? k - 1 : k
        guard held < inFlightCohorts.endIndex else { return receiveTicks.upperBound }
        return min(inFlightCohorts[held].receiveTick, receiveTicks.upperBound)
    }

    /// Index of the first in-flight cohort received at or after `tick` (binary search).
    func firstInFlight(receivedAtOrAfter tick: Int) -> Int {
        var low = inFlightCohorts.startIndex
        var high = inFlightCohorts.endIndex
        while low < high {
            let mid = (low + high) / 2
            if inFlightCohorts[mid].receiveTick < tick { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// With nothing to take, idle workers' receives come back empty: once per wait time with
    /// long polling, once per poll interval with short polling.
    private mutating func countEmptyReceives() {
        let idle = idleConsumers
        guard idle > 0, visible == 0 || config.type == .fifo else { return }
        let wait = consumer.waitTimeSeconds ?? config.receiveWaitSeconds
        let interval = wait > 0 ? wait : consumer.shortPollIntervalSeconds
        emptyReceiveCarry += Double(idle) * tickSeconds / interval
        let n = Int(emptyReceiveCarry.rounded(.down))
        emptyReceiveCarry -= Double(n)
        counters.emptyReceives += n
    }
}
