/// The Erlang B formula: blocking probability of an M/G/c/c loss system (c servers, no queue).
///
/// It depends on the service-time distribution only through its mean (insensitivity), so it
/// holds for any duration distribution of a function whose excess calls are rejected, not queued.
public enum ErlangB {
    /// Probability that an arrival finds all `c` servers busy and is lost, for offered load
    /// `a = lambda x mean holding time` Erlangs (1 when there are no servers).
    public static func blockingProbability(servers c: Int, offeredLoad a: Double) -> Double {
        guard c > 0 else { return 1 }
        guard a > 0 else { return 0 }
        // The stable recurrence B(k) = a B(k-1) / (k + a B(k-1)), B(0) = 1.
        var b = 1.0
        for k in 1...c { b = a * b / (Double(k) + a * b) }
        return b
    }
}
