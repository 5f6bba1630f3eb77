/// What routing one target group works on: its indices, its targets and the fleet's per-tick
/// records (both moved out of the simulation for the duration), and the requests counted per
/// Auto Scaling group so far.
struct RoutingScope {
    let balancer: Int
    let group: Int
    let targets: UnsafeMutableBufferPointer<TargetEntry>
    let fleet: UnsafeMutableBufferPointer<InstanceHot>
    var tally = GroupRequestTally()
}

/// Requests delivered to one Auto Scaling group's instances, added to its `requestsMinute`
/// in one write per run of alike deliveries instead of one per instance (integer sums, so
/// the total is the same).
struct GroupRequestTally {
    private var group = -1
    private var count = 0

    /// Counts `k` requests delivered to an instance of group `g`.
    mutating func add(_ k: Int, group g: Int, groups: inout [GroupState]) {
        if g != group {
            flush(into: &groups)
            group = g
        }
        count += k
    }

    /// Adds the pending count to its group.
    mutating func flush(into groups: inout [GroupState]) {
        guard group >= 0 else { return }
        groups[group].requestsMinute += count
        group = -1
        count = 0
    }
}
