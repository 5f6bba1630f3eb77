/// What the tier above a cache can deliver this tick: the next cache, Origin Shield or the
/// origin itself.
public struct EdgeUpstream: Sendable, Equatable {
    /// Per popularity class, the probability that a fetch or revalidation sent upstream gets
    /// an answer with the object; nil means every one does (a healthy chain).
    public var availability: [Double]?
    /// Whether a cache serves its expired copy when a revalidation fails (stale-if-error).
    public var servesStale: Bool
    /// Whether failed fetches leave a cached error. False while the answer is still pending
    /// (an unreachable origin answers only after its connection timeouts).
    public var cachesErrors: Bool

    /// Creates an upstream description.
    public init(availability: [Double]? = nil, servesStale: Bool = true, cachesErrors: Bool = true) {
        self.availability = availability
        self.servesStale = servesStale
        self.cachesErrors = cachesErrors
    }

    /// A healthy upstream: every fetch succeeds.
    public static let available = EdgeUpstream()

    /// Probability that a fetch for class `index` succeeds.
    public func availability(ofClass index: Int) -> Double {
        guard let availability else { return 1 }
        return min(1, max(0, availability[index]))
    }
}
