/// The origin side of a distribution over time: when the current outage began (for serving
/// stale copies) and the viewer requests still waiting on origin connection timeouts.
///
/// Waiting requests are kept as FIFO cohorts (due time + outcome counts), so a request that
/// waits the 30 s of three 10 s connection attempts is answered exactly 30 s later.
struct CloudFrontOriginTracker: Sendable, Equatable {
    /// Requests that arrived in one tick and wait on the origin until `due`.
    struct Cohort: Sendable, Equatable {
        /// Simulated time at which they are answered.
        var due: Double
        /// Answered with the object (by the secondary origin).
        var served: Int
        /// Answered with an expired copy after the fetch failed.
        var stale: Int
        /// Answered with an error (504 from an unreachable origin, or 5xx).
        var failed: Int
    }

    /// Start of the current origin outage; nil while the origin answers.
    private(set) var outageStart: Double?
    /// Waiting cohorts, oldest first, from index `head` on.
    private var cohorts: [Cohort] = []
    private var head = 0

    /// Records whether the origin answers at `time`.
    mutating func note(available: Bool, at time: Double) {
        if available {
            outageStart = nil
        } else if outageStart == nil {
            outageStart = time
        }
    }

    /// Whether expired copies may be served at `time` under a stale-if-error `window`.
    func servesStale(at time: Double, window: Double?) -> Bool {
        guard let start = outageStart, let window else { return true }
        return time - start < window - 1e-9
    }

    /// Adds requests that will be answered at `cohort.due`.
    mutating func enqueue(_ cohort: Cohort) {
        guard cohort.served + cohort.stale + cohort.failed > 0 else { return }
        cohorts.append(cohort)
    }

    /// Removes and sums the cohorts due by `time`.
    mutating func drain(until time: Double) -> Cohort {
        var done = Cohort(due: time, served: 0, stale: 0, failed: 0)
        while head < cohorts.count && cohorts[head].due <= time + 1e-9 {
            done.served += cohorts[head].served
            done.stale += cohorts[head].stale
            done.failed += cohorts[head].failed
            head += 1
        }
        if head > 64 && head * 2 > cohorts.count {
            cohorts.removeFirst(head)
            head = 0
        }
        return done
    }

    /// Requests still waiting.
    var waiting: Int {
        cohorts[head...].reduce(0) { $0 + $1.served + $1.stale + $1.failed }
    }
}
