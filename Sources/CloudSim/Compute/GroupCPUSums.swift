/// A group's CPU sums (`cpuSecondSum`, `cpuTickSum` and their counts) held in registers while
/// the serving loop visits that group's instances.
///
/// Additions happen in the same order as they would on `GroupState`, so the floating-point
/// sums are bit for bit the same; only the array writes are saved. Switching group writes the
/// previous group back; `flush` writes the last one.
struct GroupCPUSums {
    private var group = -1
    private var secondSum = 0.0
    private var secondCount = 0
    private var tickSum = 0.0
    private var tickCount = 0

    /// Adds one InService instance's utilisation; `counts` is false while it warms up (its
    /// CPU counts for the second's figure but not for scaling).
    mutating func add(_ util: Double, group g: Int, countsForScaling: Bool, groups: inout [GroupState]) {
        if g != group {
            flush(into: &groups)
            group = g
            secondSum = groups[g].cpuSecondSum
            secondCount = groups[g].cpuSecondCount
            tickSum = groups[g].cpuTickSum
            tickCount = groups[g].cpuTickCount
        }
        secondSum += util
        secondCount += 1
        if countsForScaling {
            tickSum += util
            tickCount += 1
        }
    }

    /// Writes the sums of the group being summed back to it.
    mutating func flush(into groups: inout [GroupState]) {
        guard group >= 0 else { return }
        groups[group].cpuSecondSum = secondSum
        groups[group].cpuSecondCount = secondCount
        groups[group].cpuTickSum = tickSum
        groups[group].cpuTickCount = tickCount
        group = -1
    }
}
