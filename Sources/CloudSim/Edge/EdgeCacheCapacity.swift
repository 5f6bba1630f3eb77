/// How much one cache (edge location, regional edge cache or Origin Shield) can hold.
public enum EdgeCacheCapacity: Sendable, Equatable {
    /// At most this many objects.
    case objects(Int)
    /// At most this many bytes (objects count at their catalogue's mean size).
    case bytes(Double)
    /// No limit: objects leave only by expiry or invalidation.
    case unlimited

    /// The limit in the cache's accounting unit (objects or bytes); nil when unlimited.
    public var limit: Double? {
        switch self {
        case .objects(let count): return Double(max(0, count))
        case .bytes(let bytes): return max(0, bytes)
        case .unlimited: return nil
        }
    }

    /// Whether the limit counts bytes rather than objects.
    public var countsBytes: Bool {
        if case .bytes = self { return true }
        return false
    }
}
