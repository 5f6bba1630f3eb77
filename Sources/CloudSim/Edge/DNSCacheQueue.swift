/// Resolvers that cached the same answer in the same tick: they all expire together.
struct DNSCacheCohort: Sendable, Equatable {
    /// Answer id (see `DNSCachedChoice.answer`).
    var answer: Int
    /// First tick at which the cached answer is no longer valid.
    var expiry: Int
    /// Number of resolvers.
    var count: Int
}

/// FIFO of cohorts that share one TTL, so expiries arrive in order.
///
/// The live part is `items[head...]`; the dead prefix is reclaimed when it outgrows the
/// live part, so a steady population reuses its storage.
struct DNSCacheQueue: Sendable {
    /// TTL of every cohort in the queue, in ticks.
    let ttlTicks: Int
    private var items: [DNSCacheCohort] = []
    private var head = 0

    /// Creates an empty queue for one TTL.
    init(ttlTicks: Int) { self.ttlTicks = ttlTicks }

    /// The cohort that expires first.
    var first: DNSCacheCohort? { head < items.count ? items[head] : nil }

    /// Live cohorts.
    var count: Int { items.count - head }

    /// Live cohorts, first to expire first.
    var live: ArraySlice<DNSCacheCohort> { items[head...] }

    /// Appends a cohort (its expiry must not precede the last one's).
    mutating func append(_ cohort: DNSCacheCohort) {
        assert(
            head == items.count || items[items.count - 1].expiry <= cohort.expiry,
            "cohorts out of expiry order")
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        items.append(cohort)
    }

    /// Removes the first cohort.
    mutating func removeFirst() {
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
    }
}
