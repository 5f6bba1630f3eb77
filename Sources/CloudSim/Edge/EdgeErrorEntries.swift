/// Cached error responses per popularity class, each kept for the error-caching TTL.
///
/// Entries are filed in `bucketCount` time buckets spanning the TTL; when the newest bucket's
/// window ends the oldest bucket is dropped, so an entry lives between `ttl - ttl/bucketCount`
/// and `ttl` seconds. Nothing is allocated or scanned until the first error is cached.
struct EdgeErrorEntries: Sendable, Equatable {
    /// Seconds an error stays cached.
    let ttl: Double
    /// Number of time buckets.
    let bucketCount: Int
    /// Per bucket, per class: fraction of the class's objects holding an error entry.
    private var buckets: [[Double]] = []
    /// Per class: the sum over buckets.
    private var totals: [Double]
    /// Index of the bucket receiving new entries.
    private var newest = 0
    /// Seconds since the newest bucket opened.
    private var newestAge: Double = 0
    /// Whether no entry is live.
    private(set) var isEmpty = true

    /// No entries over `classCount` classes.
    init(classCount: Int, ttl: Double, bucketCount: Int = 20) {
        self.ttl = max(0, ttl)
        self.bucketCount = max(1, bucketCount)
        totals = Array(repeating: 0, count: classCount)
    }

    /// Fraction of class `index`'s objects currently answering with a cached error.
    func fraction(_ index: Int) -> Double { isEmpty ? 0 : min(1, totals[index]) }

    /// Caches errors for `amount` (a fraction of the class's objects) of class `index`.
    mutating func add(_ amount: Double, to index: Int) {
        guard amount > 0, ttl > 0 else { return }
        if buckets.isEmpty {
            buckets = Array(repeating: Array(repeating: 0, count: totals.count), count: bucketCount)
        }
        if isEmpty {
            isEmpty = false
            newestAge = 0
        }
        buckets[newest][index] += amount
        totals[index] += amount
    }

    /// Lets `seconds` pass, dropping the entries whose TTL ran out.
    mutating func advance(by seconds: Double) {
        guard !isEmpty else { return }
        let width = ttl / Double(bucketCount)
        newestAge += seconds
        while newestAge >= width - 1e-9 && !isEmpty {
            newestAge -= width
            newest = (newest + 1) % bucketCount
            for index in totals.indices where buckets[newest][index] != 0 {
                totals[index] = max(0, totals[index] - buckets[newest][index])
                buckets[newest][index] = 0
            }
            if !totals.contains(where: { $0 > 1e-12 }) { removeAll() }
        }
    }

    /// Drops every entry.
    mutating func removeAll() {
        for bucket in buckets.indices {
            for index in totals.indices { buckets[bucket][index] = 0 }
        }
        for index in totals.indices { totals[index] = 0 }
        isEmpty = true
    }
}
