/// Requests served in the tick they arrived, grouped by identical queueing conditions.
///
/// Their wait is shorter than a tick, so it comes from the M/M/c model of the instance:
/// with probability P(wait) (Erlang C) a request queues for an exponential time of rate
/// c*mu - lambda, on top of an exponential service time. Instances under the same load share
/// one class, so a fleet of 10,000 alike instances costs one distribution per tick, not 10,000.
struct LatencyClasses: Sendable {
    struct Entry: Sendable {
        var balancer: Int
        var servers: Int
        var serviceRate: Double
        var arrivalRate: Double
        var offsetMillis: Double
        var weight: Double

        /// Same queueing conditions (everything but the weight).
        func matches(_ o: Entry) -> Bool {
            balancer == o.balancer && servers == o.servers && serviceRate == o.serviceRate
                && arrivalRate == o.arrivalRate && offsetMillis == o.offsetMillis
        }
    }

    private(set) var entries: [Entry] = []
    private var lastHit = 0
    static let capacity = 32

    /// Segments of the unit exponential: (probability mass, representative quantile).
    static let segments: [(mass: Double, quantile: Double)] = [
        (0.5, 0.2877), (0.3, 1.0498), (0.15, 2.0794), (0.04, 3.5066), (0.01, 5.2983),
    ]

    /// Adds requests to a matching class; returns false when the table is full.
    mutating func add(_ e: Entry) -> Bool {
        // Alike instances come in runs: try the class matched last time first.
        if lastHit < entries.count, entries[lastHit].matches(e) {
            entries[lastHit].weight += e.weight
            return true
        }
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

    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

    /// Records one class's latency distribution into a histogram.
    static func record(_ e: Entry, tickSeconds: Double, into histogram: inout LatencyHistogram) {
        let c = Double(e.servers)
        // Within a tick the station cannot be past saturation; the backlog is in the cohorts.
        let lambda = min(e.arrivalRate, 0.98 * c * e.serviceRate)
        let pWait = ErlangC.probabilityOfWaiting(servers: e.servers, offeredLoad: lambda / e.serviceRate)
        let serviceMean = 1000 / e.serviceRate
        // A request served in the tick it arrived waited less than the tick itself.
        let waitMean = min(1000 / (c * e.serviceRate - lambda), 500 * tickSeconds)
        for s in segments {
            histogram.record(e.offsetMillis + serviceMean * s.quantile, weight: e.weight * (1 - pWait) * s.mass)
            histogram.record(
                e.offsetMillis + (serviceMean + waitMean) * s.quantile, weight: e.weight * pWait * s.mass)
        }
    }
}

extension Simulation {
    /// Writes this tick's same-tick latency classes into the balancers' histograms.
    mutating func flushLatencyClasses() {
        for e in latencyClasses.entries {
            LatencyClasses.record(e, tickSeconds: tickSeconds, into: &balancers[e.balancer].histogramSecond)
        }
        latencyClasses.removeAll()
    }
}
