/// Queueing formulas for an M/M/c station (c servers, Poisson arrivals, exponential service).
public enum ErlangC {
    /// Probability that an arrival has to wait, for offered load `a = lambda / mu` Erlangs on
    /// `c` servers (1 when `a >= c`).
    public static func probabilityOfWaiting(servers c: Int, offeredLoad a: Double) -> Double {
        guard c > 0 else { return 1 }
        guard a > 0 else { return 0 }
        if a >= Double(c) { return 1 }
        // Erlang B by the stable recurrence, then C from B.
        var b = 1.0
        for k in 1...c { b = a * b / (Double(k) + a * b) }
        let rho = a / Double(c)
        return b / (1 - rho * (1 - b))
    }

    /// Mean wait in queue in seconds (infinite when unstable).
    public static func meanWait(servers c: Int, arrivalRate lambda: Double, serviceRate mu: Double) -> Double {
        guard lambda > 0, mu > 0 else { return 0 }
        let capacity = Double(c) * mu
        guard lambda < capacity else { return .infinity }
        return probabilityOfWaiting(servers: c, offeredLoad: lambda / mu) / (capacity - lambda)
    }
}
