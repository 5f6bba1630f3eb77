/// A function's execution environments that are not busy: warm (idle) ones grouped by the
/// second they went idle, and the scaling budget for creating new ones.
///
/// Reuse takes the most recently idle environments first, so the oldest are the ones that
/// reach `idleReclaimSeconds` and are reclaimed (AWS: "after a non-deterministic time",
/// section 8.3; the number is ours). Reclaiming never takes the function below its
/// provisioned concurrency. New environments are limited per function to 1,000 in any
/// 10-second window (section 8.1, [changed Nov 2023]).
struct LambdaEnvironmentPool: Sendable, Equatable {
    struct Cohort: Sendable, Equatable {
        var second: Int
        var count: Int
    }

    /// New environments a function may create per `scalingWindowSeconds` (section 8.1).
    static let environmentsPerWindow = 1_000
    static let scalingWindowSeconds = 10.0

    /// Idle environments, oldest first from `head`.
    private var cohorts: [Cohort] = []
    private var head = 0
    /// Idle (warm) environments.
    private(set) var idle = 0
    /// Environments created in each tick of the scaling window, and their sum.
    private var created: [Int]
    private var createdInWindow = 0
    private var windowSlot = 0
    let ticksPerSecond: Int

    /// A pool holding `warm` idle environments (the provisioned ones), with a scaling window
    /// of `windowTicks` ticks.
    init(warm: Int, windowTicks: Int, ticksPerSecond: Int) {
        created = Array(repeating: 0, count: max(1, windowTicks))
        self.ticksPerSecond = max(1, ticksPerSecond)
        release(warm, tick: 0)
    }

    /// New environments allowed right now.
    var scalingHeadroom: Int { max(0, Self.environmentsPerWindow - createdInWindow) }

    /// Starts a tick: slides the scaling window and reclaims environments idle longer than
    /// `reclaimSeconds`, keeping `busy + idle >= floor`. Returns the environments reclaimed.
    mutating func beginTick(_ tick: Int, busy: Int, floor: Int, reclaimSeconds: Double) -> Int {
        windowSlot = tick % created.count
        createdInWindow -= created[windowSlot]
        created[windowSlot] = 0
        let now = tick / ticksPerSecond
        var reclaimed = 0
        while head < cohorts.count, Double(now - cohorts[head].second) > reclaimSeconds {
            let spare = min(cohorts[head].count, busy + idle - floor)
            guard spare > 0 else { break }
            reclaimed += spare
            idle -= spare
            cohorts[head].count -= spare
            if cohorts[head].count == 0 { head += 1 } else { break }
        }
        compact()
        return reclaimed
    }

    /// Takes up to `n` warm environments, most recently idle first; returns how many.
    mutating func takeWarm(_ n: Int) -> Int {
        var needed = min(n, idle)
        let taken = needed
        while needed > 0, head < cohorts.count {
            let k = min(needed, cohorts[cohorts.count - 1].count)
            cohorts[cohorts.count - 1].count -= k
            needed -= k
            if cohorts[cohorts.count - 1].count == 0 { cohorts.removeLast() }
        }
        idle -= taken
        compact()
        return taken
    }

    /// Records `n` new environments created this tick (against the scaling window).
    mutating func create(_ n: Int) {
        guard n > 0 else { return }
        created[windowSlot] += n
        createdInWindow += n
    }

    /// Returns `n` environments to the idle pool at `tick`.
    mutating func release(_ n: Int, tick: Int) {
        guard n > 0 else { return }
        let second = tick / ticksPerSecond
        if head < cohorts.count, cohorts[cohorts.count - 1].second == second {
            cohorts[cohorts.count - 1].count += n
        } else {
            cohorts.append(Cohort(second: second, count: n))
        }
        idle += n
    }

    /// Idle environments' ages are kept in at most one cohort per second; slide the live part
    /// to the front once the dead prefix is large, so the array never grows without bound.
    private mutating func compact() {
        if head == cohorts.count {
            cohorts.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 64 && head * 2 > cohorts.count {
            cohorts.removeFirst(head)
            head = 0
        }
    }
}
