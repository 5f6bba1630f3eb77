extension LambdaFunctionState {
    /// Broken conservation laws, for debug checks and tests (empty when all hold): every
    /// invocation started has finished or is running; every asynchronous event queued has
    /// succeeded, is waiting, running or was given up; no count is negative.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        let m = metrics
        if m.invocations != m.completions + wheel.busy {
            problems.append("\(name): \(m.invocations) invocations != \(m.completions) finished + \(wheel.busy) running")
        }
        let running = runningAsyncEvents
        let settled = m.asyncEventsSucceeded + m.sentToDeadLetterQueue + m.sentToOnFailureDestination + m.asyncEventsDiscarded
        if m.asyncEventsQueued != settled + asyncQueue.depth + running {
            problems.append(
                "\(name): \(m.asyncEventsQueued) events queued != \(settled) settled + \(asyncQueue.depth) waiting + \(running) running")
        }
        if wheel.busy < 0 || pool.idle < 0 || asyncQueue.depth < 0 || concurrency < 0 || !concurrency.isFinite {
            problems.append("\(name): negative or invalid count")
        }
        return problems
    }

    /// Asynchronous events whose current attempt is running.
    var runningAsyncEvents: Int { wheel.runningAsync }
}
