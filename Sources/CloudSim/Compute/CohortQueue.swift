/// Requests waiting at an instance: FIFO cohorts (tick of arrival, count).
///
/// The oldest cohort lives inline, so an instance that keeps up (at most one cohort, the
/// usual case) never touches heap storage; older-than-one backlogs spill into `rest`, whose
/// live part is `rest[head..<end]`. Emptying keeps the slots: nothing is allocated in the
/// steady state.
struct CohortQueue: Sendable {
    private var oldest = Cohort(tick: 0, count: 0)
    private var rest: [Cohort] = []
    private var head = 0
    private var end = 0

    /// Whether no cohort waits.
    var isEmpty: Bool { oldest.count == 0 }
    /// The oldest cohort.
    var first: Cohort? { oldest.count > 0 ? oldest : nil }
    /// Storage slots held (live or reusable), for bounded-memory checks.
    var slotCount: Int { 1 + rest.count }
    /// Waiting cohorts, oldest first.
    var cohorts: [Cohort] { isEmpty ? [] : [oldest] + rest[head..<end] }

    /// Adds `count` (> 0) requests that arrived in `tick` (merging with that tick's cohort).
    mutating func append(tick: Int, count: Int) {
        if oldest.count == 0 {
            oldest = Cohort(tick: tick, count: count)
        } else if head == end {
            if oldest.tick == tick { oldest.count += count } else { push(Cohort(tick: tick, count: count)) }
        } else if rest[end - 1].tick == tick {
            rest[end - 1].count += count
        } else {
            push(Cohort(tick: tick, count: count))
        }
    }

    private mutating func push(_ cohort: Cohort) {
        if end == rest.count && head > 0 {
            // Slide the live cohorts to the front instead of growing.
            for k in head..<end { rest[k - head] = rest[k] }
            end -= head
            head = 0
        }
        if end < rest.count { rest[end] = cohort } else { rest.append(cohort) }
        end += 1
    }

    /// Removes the oldest cohort.
    mutating func removeFirst() {
        if head < end {
            oldest = rest[head]
            head += 1
            if head == end {
                head = 0
                end = 0
            }
        } else {
            oldest.count = 0
        }
    }

    /// Takes `n` requests from the oldest cohort (fewer than it holds).
    mutating func takeFromFirst(_ n: Int) { oldest.count -= n }

    /// Empties the queue, keeping its slots.
    mutating func removeAll() {
        oldest.count = 0
        head = 0
        end = 0
    }
}
