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

    /// `net:latency` on the function: every invocation started from now on lasts `ms` longer
    /// (0 heals); one pushed past the timeout fails there.
    public mutating func setLatencyFault(ms: Double, tick: Int) {
        faultLatencyMs = max(0, ms)
        if faultLatencyMs > 0 {
            log(tick, .critical, "\(name): invocations take \(Int(faultLatencyMs.rounded())) ms longer (net:latency)")
        } else {
            log(tick, .info, "\(name): added latency removed")
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
