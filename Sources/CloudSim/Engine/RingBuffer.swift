/// A fixed-capacity ring of values: appending past capacity drops the oldest.
///
/// Storage is allocated once, so history never grows however long a run lasts.
public struct RingBuffer<Element: Sendable>: Sendable {
    private var storage: [Element]
    private var head = 0
    /// Number of stored values.
    public private(set) var count = 0
    /// Maximum number of values.
    public let capacity: Int

    /// Creates an empty ring; `filler` only pre-sizes the storage.
    public init(capacity: Int, filler: Element) {
        self.capacity = max(1, capacity)
        storage = Array(repeating: filler, count: self.capacity)
    }

    /// Appends a value, dropping the oldest when full.
    public mutating func append(_ value: Element) {
        storage[(head + count) % capacity] = value
        if count < capacity { count += 1 } else { head = (head + 1) % capacity }
    }

    /// The most recent value.
    public var last: Element? { count == 0 ? nil : storage[(head + count - 1) % capacity] }

    /// The value `offset` places back from the newest (0 = newest).
    public func fromEnd(_ offset: Int) -> Element? {
        guard offset >= 0, offset < count else { return nil }
        return storage[(head + count - 1 - offset) % capacity]
    }

    /// The newest `n` values (or all), oldest first.
    public func suffix(_ n: Int) -> [Element] {
        let k = min(n, count)
        return (0..<k).map { storage[(head + count - k + $0) % capacity] }
    }

    /// All values, oldest first.
    public var values: [Element] { suffix(count) }

    /// Removes everything (capacity kept).
    public mutating func removeAll() {
        head = 0
        count = 0
    }
}

/// One metric at two resolutions: per second for the last 10 minutes, per minute for 24 hours.
public struct MetricSeries: Sendable {
    /// One value per simulated second.
    public private(set) var perSecond = RingBuffer<Double>(capacity: 600, filler: 0)
    /// One value per simulated minute (mean of its seconds).
    public private(set) var perMinute = RingBuffer<Double>(capacity: 1440, filler: 0)
    private var minuteSum = 0.0
    private var minuteCount = 0

    /// Creates an empty series.
    public init() {}

    /// Records the value of the second that just ended.
    public mutating func recordSecond(_ value: Double) {
        perSecond.append(value)
        minuteSum += value
        minuteCount += 1
        if minuteCount == 60 {
            perMinute.append(minuteSum / 60)
            minuteSum = 0
            minuteCount = 0
        }
    }
}
