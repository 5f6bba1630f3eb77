import Foundation

/// Requests whose wait a stable M/M/c station explains, grouped by identical conditions.
///
/// With probability P(wait) (Erlang C) a request queues for an exponential time of rate
/// c*mu - lambda, on top of an exponential service time of rate mu. Instances under the same
/// (quantised) load share one class, so a fleet of 10,000 alike instances costs one
/// distribution per tick, not 10,000.
struct LatencyClasses: Sendable {
    struct Entry: Sendable {
        var balancer: Int
        var servers: Int
        var serviceRate: Double
        /// Utilisation in steps of 0.5 % (0...196).
        var rhoStep: Int
        var offsetMillis: Double
        var weight: Double

        /// Arrival rate of the class.
        var arrivalRate: Double { Double(rhoStep) / 200 * Double(servers) * serviceRate }
        /// P(wait) by Erlang C.
        var probabilityOfWaiting: Double {
            ErlangC.probabilityOfWaiting(servers: servers, offeredLoad: arrivalRate / serviceRate)
        }
        /// Mean wait of a request that waits (ms).
        var conditionalWaitMillis: Double { 1000 / (Double(servers) * serviceRate - arrivalRate) }
        /// Mean time in the station: Erlang C's Wq plus the service time (ms).
        var meanSojournMillis: Double { probabilityOfWaiting * conditionalWaitMillis + 1000 / serviceRate }

        /// The longest time in the station M/M/c explains: the 99.9th percentile of the wait
        /// plus three mean service times (ms). Older requests sit in a real backlog.
        var explainedMillis: Double {
            let p = probabilityOfWaiting
            let wait = p > 0.001 ? Foundation.log(1000 * p) * conditionalWaitMillis : 0
            return wait + 3000 / serviceRate
        }

        /// Same queueing conditions (everything but the weight).
        func matches(_ o: Entry) -> Bool {
            balancer == o.balancer && servers == o.servers && serviceRate == o.serviceRate && rhoStep == o.rhoStep
                && offsetMillis == o.offsetMillis
        }
    }

    private(set) var entries: [Entry] = []
    private var lastHit = 0
    static let capacity = 64

    /// Segments of the unit exponential: probability mass and the segment's conditional mean,
    /// so the recorded mixture keeps the exponential's mean exactly.
    static let segments: [(mass: Double, value: Double)] = [
        (0.5, 0.3069), (0.3, 1.0823), (0.15, 2.1474), (0.04, 3.5934), (0.01, 5.6052),
    ]

    /// Adds requests to a matching class; returns false when the table is full.
    @inline(__always)
    mutating func add(_ e: Entry) -> Bool {
        // Alike instances come in runs: try the class matched last time first.
        if lastHit < entries.count, entries[lastHit].matches(e) {
            entries[lastHit].weight += e.weight
            return true
        }
        return addSearching(e)
    }

    /// `add` when the last class matched does not: search the table, else open a class.
    private mutating func addSearching(_ e: Entry) -> Bool {
        for k in entries.indices where entries[k].matches(e) {
            entries[k].weight += e.weight
            lastHit = k
            return true
        }
        guard entries.count < Self.capacity else { return false }
        entries.append(e)
        lastHit = entries.count - 1
        return true
    }

    /// Index of the class with `e`'s conditions, opened with no weight if new; nil when the
    /// table is full. With `addWeight`, the same as `add` (weights are whole request counts,
    /// so their sum does not depend on the order of addition).
    mutating func classIndex(matching e: Entry) -> Int? {
        if lastHit < entries.count, entries[lastHit].matches(e) { return lastHit }
        for k in entries.indices where entries[k].matches(e) {
            lastHit = k
            return k
        }
        guard entries.count < Self.capacity else { return nil }
        var opened = e
        opened.weight = 0
        entries.append(opened)
        lastHit = entries.count - 1
        return lastHit
    }

    /// Adds requests to the class at `k` (from `classIndex`).
    mutating func addWeight(_ weight: Double, toClass k: Int) { entries[k].weight += weight }

    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

    /// Records one class's latency distribution into a histogram.
    static func record(_ e: Entry, into histogram: inout LatencyHistogram) {
        let pWait = e.probabilityOfWaiting
        let serviceMean = 1000 / e.serviceRate
        let waitMean = e.conditionalWaitMillis
        for s in segments {
            histogram.record(e.offsetMillis + serviceMean * s.value, weight: e.weight * (1 - pWait) * s.mass)
            histogram.record(e.offsetMillis + (serviceMean + waitMean) * s.value, weight: e.weight * pWait * s.mass)
        }
    }
}

extension Simulation {
    /// Writes this tick's latency classes into the balancers' histograms.
    mutating func flushLatencyClasses() {
        for e in latencyClasses.entries {
            LatencyClasses.record(e, into: &balancers[e.balancer].histogramSecond)
        }
        latencyClasses.removeAll()
    }
}
