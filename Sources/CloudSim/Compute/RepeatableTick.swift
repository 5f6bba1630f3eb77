/// A busy instance's tick served the plain way (no backlog before or after, no carried
/// capacity, no error draws, no credits), kept so the next alike instances repeat it.
///
/// What such a tick computes depends only on the instance's serving conditions, its arrival
/// rate, its fresh arrivals and its stress. An instance with the same conditions (checked
/// through `ServingConditionsTable.chainHolds`) and the same inputs, bit for bit, gets the same
/// figures, so it takes them from here instead of computing them again; the sums they feed
/// are added in the same order as before.
struct RepeatableTick {
    /// Whether a tick is held.
    var isValid = false
    /// The inputs: requests that arrived fresh (all of the queue), arrival rate and stress.
    var fresh = 0
    var arrivalRate = 0.0
    var stress = 0.0
    /// The figures: the latency sum of the served requests, the utilisation before its cap,
    /// and whether the requests joined the pending latency class run (false: no balancer).
    var latencySum = 0.0
    var utilisation = 0.0
    var joinsRun = false

    /// Whether instance `h` (whose serving conditions are those of the tick held), at arrival
    /// rate `rate`, has the same inputs and the same plain shape.
    @inline(__always)
    func matches(_ h: InstanceHot, arrivalRate rate: Double) -> Bool {
        isValid && h.arrivedFresh == fresh && h.queued == fresh && h.queue.isEmpty && h.capacityCarry == 0
            && !h.hasErrorRate && !h.isBurstable && rate.bitPattern == arrivalRate.bitPattern
            && h.stress.bitPattern == stress.bitPattern
    }
}
