/// Counters of the second in progress.
struct SecondAccumulator: Sendable {
    var arrived = 0
    var succeeded = 0
    var failed = 0
}

/// Counters since the last headless report.
struct IntervalCounters: Sendable {
    var arrived = 0
    var succeeded = 0
    var failed = 0
    var startTime = 0.0
}

/// Headline metrics at two resolutions.
struct History: Sendable {
    var rps = MetricSeries()
    var p99 = MetricSeries()
    var errorRate = MetricSeries()
    var instances = MetricSeries()
    var costPerHour = MetricSeries()
}

/// Figures of one headless reporting interval.
public struct IntervalReport: Sendable, Equatable {
    /// Simulated seconds at the end of the interval.
    public var time: Double
    /// Mean arrivals per second over the interval.
    public var rps: Double
    /// Median latency over the interval (ms).
    public var p50Millis: Double
    /// 99th percentile latency over the interval (ms).
    public var p99Millis: Double
    /// Failed / completed over the interval.
    public var errorRate: Double
}
