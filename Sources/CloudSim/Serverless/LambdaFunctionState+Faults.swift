extension LambdaFunctionState {
    /// `lambda:throttle`: cuts the function's concurrency to `limit` (the fault's magnitude);
    /// nil heals. Running invocations finish; new ones are admitted only below the new limit.
    public mutating func setThrottleFault(limit: Int?, tick: Int) {
        faultConcurrencyLimit = limit.map { max(0, $0) }
        if let limit {
            log(tick, .critical, "\(name): concurrency cut to \(max(0, limit)) (lambda:throttle)")
        } else {
            log(tick, .info, "\(name): concurrency limit restored to \(concurrencyLimit)")
        }
    }

    /// `lambda:errors`: raises the share of invocations that fail to `rate` (the fault's
    /// magnitude, 0-1); nil heals. Applies to invocations started from now on.
    public mutating func setErrorFault(rate: Double?, tick: Int) {
        faultErrorRate = rate.map { min(1, max(0, $0)) }
        if let rate {
            log(tick, .critical, "\(name): \(Int((min(1, max(0, rate)) * 100).rounded())) % of invocations fail (lambda:errors)")
        } else {
            log(tick, .info, "\(name): error rate back to \(config.errorRate)")
        }
    }
}
