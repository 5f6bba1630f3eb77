/// Route 53 counters: queries, answered and unanswered requests, requests per record.
public struct Route53Metrics: Sendable, Equatable {
    /// Queries resolvers sent since the start.
    public internal(set) var totalQueries = 0
    /// Queries that are billed (not aliases to AWS resources).
    public internal(set) var billableQueries = 0
    /// Queries in the last complete simulated second.
    public internal(set) var queriesPerSecond = 0.0
    /// Requests sent to an endpoint since the start.
    public internal(set) var answeredRequests = 0
    /// Requests that got no answer (NXDOMAIN / NODATA) since the start.
    public internal(set) var unansweredRequests = 0
    /// Requests that got no answer in the last tick.
    public internal(set) var unansweredLastTick = 0
    /// Requests per record id since the start (ids of `Route53State`'s answer table).
    var recordRequests: [Int] = []
    /// Requests per record id in the last complete second.
    var recordRequestsLastSecond: [Int] = []
    private var recordRequestsThisSecond: [Int] = []
    private var queriesThisSecond = 0
    private var ticksThisSecond = 0

    /// Creates zeroed metrics.
    public init() {}

    /// Adds `n` requests for a record id.
    mutating func addRecordRequests(_ n: Int, record: Int) {
        if recordRequests.count <= record {
            let grow = record + 1 - recordRequests.count
            recordRequests += Array(repeating: 0, count: grow)
            recordRequestsThisSecond += Array(repeating: 0, count: grow)
            recordRequestsLastSecond += Array(repeating: 0, count: grow)
        }
        recordRequests[record] += n
        recordRequestsThisSecond[record] += n
        answeredRequests += n
    }

    /// Adds queries sent this tick, `billable` of them billed.
    mutating func addQueries(_ n: Int, billable: Int) {
        totalQueries += n
        billableQueries += billable
        queriesThisSecond += n
    }

    /// Closes a tick; every `ticksPerSecond` ticks the per-second values are latched.
    mutating func endTick(ticksPerSecond: Int) {
        ticksThisSecond += 1
        guard ticksThisSecond >= ticksPerSecond else { return }
        queriesPerSecond = Double(queriesThisSecond)
        for i in recordRequestsThisSecond.indices {
            recordRequestsLastSecond[i] = recordRequestsThisSecond[i]
            recordRequestsThisSecond[i] = 0
        }
        queriesThisSecond = 0
        ticksThisSecond = 0
    }
}
