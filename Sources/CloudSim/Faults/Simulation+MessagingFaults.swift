extension Simulation {
    /// Whether a fault on the asynchronous services names something that exists; logs a
    /// warning when it does not (the fault is then not injected).
    func messagingFaultTargetExists(_ spec: FaultSpec) -> Bool {
        let a = architecture
        switch spec.kind {
        case .consumerCrash: return a.queues.contains { $0.config.name == spec.target }
        case .lambdaThrottle, .lambdaErrors: return a.functions.contains { $0.name == spec.target }
        case .apiThrottle: return a.apiStages.contains { $0.name == spec.target }
        default: return true
        }
    }

    /// Recomputes the asynchronous services' fault effects from the active faults, and tells
    /// each component whose condition changed (each change is logged):
    /// `sqs:consumer-crash` (workers and mappings never delete), `lambda:throttle` (the
    /// function's concurrency limit = magnitude, default 0; the lowest wins), `lambda:errors`
    /// (error rate = magnitude, default 0.5; the highest wins), `apigw:throttle` (the stage's
    /// rate = magnitude, default a tenth of its configured rate), `net:latency` on a function
    /// (ms added to each invocation) or on a queue (ms added to each batch's processing).
    mutating func applyMessagingFaults() {
        guard messaging.isActive else { return }
        for q in messaging.queues.indices {
            let name = messaging.queues[q].spec.config.name
            let crashed = faults.contains { $0.spec.kind == .consumerCrash && $0.spec.target == name }
            if crashed != messaging.queues[q].state.consumersCrashed {
                messaging.queues[q].state.consumersCrashed = crashed
                log(
                    crashed ? .critical : .info, name,
                    crashed
                        ? "\(name): consumers crash after receiving; messages return after the \(Int(messaging.queues[q].spec.config.visibilityTimeoutSeconds)) s visibility timeout"
                        : "\(name): consumers delete messages again")
            }
            let extra = latencyFault(on: name)
            let mean = messaging.queues[q].baseProcessingSeconds + extra / 1_000
            if mean != messaging.queues[q].state.consumer.meanProcessingSeconds {
                messaging.queues[q].state.consumer.meanProcessingSeconds = mean
                log(
                    extra > 0 ? .critical : .info, name,
                    extra > 0
                        ? "\(name): processing takes \(Int(extra.rounded())) ms longer (net:latency)"
                        : "\(name): processing time back to normal")
            }
        }
        let m = tick - 1
        for f in messaging.account.functions.indices {
            let name = messaging.account.functions[f].name
            let limits = faults.filter { $0.spec.kind == .lambdaThrottle && $0.spec.target == name }
                .map { Int(max(0, $0.spec.effectiveMagnitude).rounded()) }
            if limits.min() != messaging.account.functions[f].faultConcurrencyLimit {
                messaging.account.functions[f].setThrottleFault(limit: limits.min(), tick: m)
            }
            let rates = faults.filter { $0.spec.kind == .lambdaErrors && $0.spec.target == name }
                .map(\.spec.effectiveMagnitude)
            if rates.max() != messaging.account.functions[f].faultErrorRate {
                messaging.account.functions[f].setErrorFault(rate: rates.max(), tick: m)
            }
            let extra = latencyFault(on: name)
            if extra != messaging.account.functions[f].faultLatencyMs {
                messaging.account.functions[f].setLatencyFault(ms: extra, tick: m)
            }
        }
        for event in messaging.account.takeEvents() { log(event.severity, event.source, event.message) }
        for k in messaging.stages.indices {
            let config = messaging.stages[k].state.config
            let rates = faults.filter { $0.spec.kind == .apiThrottle && $0.spec.target == config.name }
                .map { $0.spec.magnitude ?? config.rate * Self.apiThrottleDefaultShare }
            if rates.min() != messaging.stages[k].state.faultRate {
                messaging.stages[k].state.setThrottleFault(rate: rates.min(), tick: m)
                for event in messaging.stages[k].state.takeEvents() {
                    log(event.severity, event.source, event.message)
                }
            }
        }
    }

    /// Share of its configured rate a stage keeps under `apigw:throttle` without a magnitude.
    static let apiThrottleDefaultShare = 0.1

    /// Milliseconds of `net:latency` on the component named `name`.
    private func latencyFault(on name: String) -> Double {
        faults.reduce(0) {
            $0 + ($1.spec.kind == .latency && $1.spec.target == name ? $1.spec.effectiveMagnitude : 0)
        }
    }
}
