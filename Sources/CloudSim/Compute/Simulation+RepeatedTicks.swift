extension Simulation {
    /// `serve` for an instance that repeats the plain tick held in the pass: the same served
    /// count, latency sum and utilisation, added where `serve` adds them.
    @inline(__always)
    mutating func serveRepeat(_ h: inout InstanceHot, _ i: Int, _ pass: inout ServingPass) {
        let r = pass.repeatable
        pass.conditionsIndex = i
        h.arrivedFresh = 0
        if r.joinsRun { pass.runWeight += Double(r.fresh) }
        h.queued = 0
        pass.succeeded += r.fresh
        h.servedSecond += r.fresh
        h.latencySumSecond += r.latencySum
        account(&h, i, utilisation: r.utilisation, &pass)
    }

    /// Serves the instances right after `i` (which the pass's conditions and plain tick are
    /// from) that repeat that tick, in one tight loop with the pass's sums held in locals;
    /// returns the last index served. Stops at the first instance that is not live, idle,
    /// or differs in conditions or inputs: `serve` takes it from there.
    mutating func serveRepeats(_ h: UnsafeMutableBufferPointer<InstanceHot>, after i: Int, _ pass: inout ServingPass) -> Int {
        let r = pass.repeatable
        // Nothing below changes the table (no credits), so the version holds throughout.
        guard pass.conditionsVersion == servingConditions.version else { return i }
        let now = pass.now
        let weight = Double(r.fresh)
        var sums = pass.sums
        var runWeight = pass.runWeight
        var succeeded = pass.succeeded
        var j = i + 1
        while j < h.count, servingConditions.sameAsPrevious[j], h[j].state != .terminated, h[j].isRunning,
            !h[j].isZoneDown, h[j].queued > 0, r.matches(h[j], arrivalRate: h[j].offeredRate)
        {
            h[j].arrivalRate = h[j].offeredRate
            h[j].offeredRate = 0
            h[j].arrivedFresh = 0
            if r.joinsRun { runWeight += weight }
            h[j].queued = 0
            succeeded += r.fresh
            h[j].servedSecond += r.fresh
            h[j].latencySumSecond += r.latencySum
            // `account` without credits (a plain tick has none).
            let util = min(1, r.utilisation, h[j].utilCap)
            h[j].busySecond += util
            addGroupCPU(&h[j], util, now: now, &sums)
            j += 1
        }
        pass.sums = sums
        pass.runWeight = runWeight
        pass.succeeded = succeeded
        pass.conditionsIndex = j - 1
        return j - 1
    }
}
