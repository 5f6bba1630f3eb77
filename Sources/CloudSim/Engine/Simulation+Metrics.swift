extension Simulation {
    /// Rolls per-tick counters into per-second figures, accrues cost and extends history.
    mutating func recordMetrics() {
        guard tick % ticksPerSecond == 0 else { return }
        let span = Double(ticksPerSecond) * tickSeconds
        var all = LatencyHistogram()
        var elbRate = 0.0
        for b in balancers.indices {
            let rps = Double(balancers[b].arrivalsSecond) / span
            balancers[b].rps = rps
            balancers[b].http502 = Double(balancers[b].http502Second) / span
            balancers[b].http503 = Double(balancers[b].http503Second) / span
            balancers[b].http504 = Double(balancers[b].http504Second) / span
            balancers[b].targetErrors = Double(balancers[b].targetErrorsSecond) / span
            balancers[b].p50 = balancers[b].histogramSecond.percentile(0.5)
            balancers[b].p99 = balancers[b].histogramSecond.percentile(0.99)
            all.merge(balancers[b].histogramSecond)
            balancers[b].histogramSecond.reset()
            balancers[b].arrivalsSecond = 0
            balancers[b].http502Second = 0
            balancers[b].http503Second = 0
            balancers[b].http504Second = 0
            balancers[b].targetErrorsSecond = 0
            for g in balancers[b].groups.indices {
                balancers[b].groups[g].routedSecond = 0
                for t in balancers[b].groups[g].targets.indices {
                    balancers[b].groups[g].targets[t].rps = Double(balancers[b].groups[g].targets[t].routedSecond) / span
                    balancers[b].groups[g].targets[t].errorsPerSecond =
                        Double(balancers[b].groups[g].targets[t].errorsSecond) / span
                    balancers[b].groups[g].targets[t].routedSecond = 0
                    balancers[b].groups[g].targets[t].errorsSecond = 0
                }
            }
            // Capacity units are billed as used (fractions too); there is no one-unit minimum.
            elbRate += balancers[b].config.kind == .application
                ? albHourly + albLCUHourly * rps / albRequestsPerLCU
                : nlbHourly + nlbLCUHourly * rps / nlbRequestsPerLCU
        }
        all.merge(edgeHistogramSecond)
        edgeHistogramSecond.reset()
        if !distributions.isEmpty || !zones53.isEmpty || !buckets.isEmpty { recordEdgeSecond(span: span) }
        if !containers.isEmpty { recordContainerSecond(span: span) }
        intervalHistogram.merge(all)
        var ec2Rate = 0.0
        var ec2Charge = 0.0
        var inService = 0
        var live = 0
        for i in instances.indices where (hot[i].state != .terminated) {
            live += 1
            if hot[i].state == .inService && hot[i].isRunning { inService += 1 }
            if let since = instances[i].runningSince {
                ec2Rate += instances[i].type.pricePerHour
                ec2Charge += instances[i].type.pricePerHour * min(span, max(0, time - since)) / 3600
            }
            instances[i].cpu = hot[i].busySecond / Double(ticksPerSecond)
            instances[i].rps = Double(hot[i].servedSecond) / span
            instances[i].latencyMillis =
                hot[i].servedSecond > 0 ? hot[i].latencySumSecond / Double(hot[i].servedSecond) : 0
            hot[i].busySecond = 0
            hot[i].servedSecond = 0
            hot[i].latencySumSecond = 0
        }
        for g in groups.indices {
            groups[g].cpu = groups[g].cpuSecondCount > 0 ? groups[g].cpuSecondSum / Double(groups[g].cpuSecondCount) : 0
            groups[g].cpuSecondSum = 0
            groups[g].cpuSecondCount = 0
        }
        bill.accrue(seconds: span, ec2Rate: ec2Rate, ec2Charge: ec2Charge, elbRate: elbRate)
        let completed = second.succeeded + second.failed
        overview = OverviewSnapshot(
            rps: Double(second.arrived) / span, p50Millis: all.percentile(0.5), p90Millis: all.percentile(0.9),
            p99Millis: all.percentile(0.99), errorRate: completed > 0 ? Double(second.failed) / Double(completed) : 0,
            instancesInService: inService, instancesTotal: live,
            instancesMax: groups.reduce(0) { $0 + $1.maxSize } + architecture.instances.count)
        second = SecondAccumulator()
        history.rps.recordSecond(overview.rps)
        history.p99.recordSecond(overview.p99Millis)
        history.errorRate.recordSecond(overview.errorRate)
        history.instances.recordSecond(Double(inService))
        history.costPerHour.recordSecond(bill.perHour)
    }

    /// Figures since the previous call (or the start), for one line of headless output.
    public mutating func takeInterval() -> IntervalReport {
        let span = max(time - interval.startTime, 1e-9)
        let completed = interval.succeeded + interval.failed
        let report = IntervalReport(
            time: time, rps: Double(interval.arrived) / span, p50Millis: intervalHistogram.percentile(0.5),
            p99Millis: intervalHistogram.percentile(0.99),
            errorRate: completed > 0 ? Double(interval.failed) / Double(completed) : 0)
        interval = IntervalCounters(startTime: time)
        intervalHistogram.reset()
        return report
    }

    /// Events logged since sequence number `sequence` (0 = from the start), and the new sequence.
    public func events(since sequence: Int) -> (events: [SimEvent], next: Int) {
        (events.since(sequence), events.totalCount)
    }
}
