/// How one instance serves while its type, credits, stress and faults stay the same: its
/// service rate and tick capacity, CPU cost per request, latency offsets and the balancer
/// that receives its latencies.
///
/// Alike instances (a group's members under the same load) have identical conditions, so the
/// serving loop reads them once per run of alike instances instead of once per instance;
/// see `ServingConditionsTable`.
struct ServingConditions: Sendable {
    /// Requests per second one vCPU completes now (after stress and credits).
    var ratePerVCPU = 0.0
    /// vCPUs of the current type (M/M/c servers), as a number and as a count.
    var vcpus = 1.0
    var servers = 1
    /// Requests all vCPUs complete in one tick (`vcpus * ratePerVCPU * tickSeconds`), and its
    /// whole part (-1 when it is no valid count).
    var tickCapacity = 0.0
    var tickCapacityWhole = 0
    /// A copy of the (never changing) app profile's CPU time per request.
    var cpuMillisPerRequest = 0.0
    /// The app profile's fixed latency, and what a latency fault adds.
    var baseLatencyMillis = 0.0
    var extraLatencyMillis = 0.0
    /// Load balancer whose histogram receives this instance's latencies.
    var primaryBalancer: Int?

    /// Every field the same, bit for bit (so every figure computed from them is the same).
    func isIdentical(to o: ServingConditions) -> Bool {
        ratePerVCPU.bitPattern == o.ratePerVCPU.bitPattern && vcpus.bitPattern == o.vcpus.bitPattern
            && servers == o.servers && tickCapacity.bitPattern == o.tickCapacity.bitPattern
            && tickCapacityWhole == o.tickCapacityWhole
            && cpuMillisPerRequest.bitPattern == o.cpuMillisPerRequest.bitPattern
            && baseLatencyMillis.bitPattern == o.baseLatencyMillis.bitPattern
            && extraLatencyMillis.bitPattern == o.extraLatencyMillis.bitPattern && primaryBalancer == o.primaryBalancer
    }
}

/// The serving conditions of every instance (same index as `Simulation.instances`), with a
/// flag per instance saying its conditions are identical to the previous index's.
///
/// Writes go through `set`/`update`, which keep the flags of the written index and the next
/// one true only when the rows are identical, and bump `version`. A reader that holds a copy
/// of row `j` (taken at `version`) may use it for row `i > j` when the version is unchanged
/// and every flag in `j+1...i` is set: a scan of one byte per instance instead of a row.
struct ServingConditionsTable: Sendable {
    private(set) var rows: [ServingConditions] = []
    private(set) var sameAsPrevious: [Bool] = []
    /// Changes on every write.
    private(set) var version = 0

    var count: Int { rows.count }

    /// Adds a row for a new instance index.
    mutating func append(_ c: ServingConditions) {
        rows.append(c)
        sameAsPrevious.append(false)
        relink(rows.count - 1)
    }

    /// Replaces instance `i`'s conditions (nothing changes when they are identical).
    mutating func set(_ i: Int, _ c: ServingConditions) {
        guard !rows[i].isIdentical(to: c) else { return }
        rows[i] = c
        relink(i)
    }


    /// Whether row `i` may be read from a copy of row `j` (`j < i`) taken at `version`.
    @inline(__always)
    func chainHolds(from j: Int, to i: Int, version v: Int) -> Bool {
        guard j >= 0, v == version else { return false }
        var k = j + 1
        while k <= i {
            if !sameAsPrevious[k] { return false }
            k += 1
        }
        return true
    }

    /// Broken invariants, in words: one row per instance, and no flag set between rows that
    /// differ.
    func problems(instanceCount: Int) -> [String] {
        var problems: [String] = []
        if rows.count != instanceCount || sameAsPrevious.count != instanceCount {
            problems.append("\(rows.count) serving conditions for \(instanceCount) instances")
        }
        for i in sameAsPrevious.indices where sameAsPrevious[i] && (i == 0 || !rows[i].isIdentical(to: rows[i - 1])) {
            problems.append("serving conditions \(i) flagged identical to the previous row but differ")
        }
        return problems
    }

    /// Recomputes the flags that compare row `i` with its neighbours.
    private mutating func relink(_ i: Int) {
        version &+= 1
        sameAsPrevious[i] = i > 0 && rows[i].isIdentical(to: rows[i - 1])
        if i + 1 < rows.count { sameAsPrevious[i + 1] = rows[i + 1].isIdentical(to: rows[i]) }
    }
}
