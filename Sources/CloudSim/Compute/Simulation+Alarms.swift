extension Simulation {
    /// Publishes the group's one-minute metrics (CPU of non-warming InService instances,
    /// requests per InService instance) as CloudWatch would at the end of each minute.
    mutating func publishMinuteMetrics(_ g: Int) {
        let cpu = groups[g].cpuTickCount > 0 ? 100 * groups[g].cpuTickSum / Double(groups[g].cpuTickCount) : nil
        groups[g].minuteCPU.append(cpu)
        groups[g].cpuHistory.append(cpu ?? 0)
        var serving = 0
        for i in instances.indices
        where hot[i].group == g && hot[i].state == .inService && hot[i].isRunning {
            serving += 1
        }
        groups[g].minuteRequests.append(serving > 0 ? Double(groups[g].requestsMinute) / Double(serving) : nil)
        groups[g].cpuTickSum = 0
        groups[g].cpuTickCount = 0
        groups[g].requestsMinute = 0
    }

    /// Appends each alarm's datapoint when its period ends and re-evaluates every alarm:
    /// M of N breaching datapoints => ALARM; no data at all => INSUFFICIENT_DATA.
    mutating func evaluateAlarms(_ g: Int) {
        let minute = Int((time / 60).rounded())
        for a in groups[g].alarms.indices {
            let config = groups[g].alarms[a].config
            let periodMinutes = max(1, Int((config.periodSeconds / 60).rounded()))
            if minute % periodMinutes == 0 {
                groups[g].alarms[a].datapoints.append(datapoint(g, config: config, minute: minute))
            }
            let previous = groups[g].alarms[a].state
            var breaching = 0
            var present = 0
            for point in groups[g].alarms[a].datapoints.suffix(config.evaluationPeriods) {
                if let v = point {
                    present += 1
                    if config.comparison.breaches(v, config.threshold) { breaching += 1 }
                } else if config.treatMissingData == .breaching {
                    breaching += 1
                    present += 1
                } else if config.treatMissingData == .notBreaching {
                    present += 1
                }
            }
            var state = previous
            if present == 0 {
                if config.treatMissingData != .ignore { state = .insufficientData }
            } else {
                state = breaching >= config.datapointsToAlarm ? .alarm : .ok
            }
            groups[g].alarms[a].breaching = breaching
            groups[g].alarms[a].state = state
            if state != previous {
                let last = groups[g].alarms[a].datapoints.last.flatMap { $0 }.map { ", last " + fixed($0, 1) } ?? ""
                log(
                    state == .alarm ? .warning : .info, groups[g].config.name,
                    "\(state.rawValue) \(config.name): \(breaching) of \(config.evaluationPeriods) datapoints "
                        + "\(config.comparison.rawValue) \(fixed(config.threshold, 1))\(last)")
            }
        }
    }

    /// The datapoint of an alarm's period ending at `minute`: with basic monitoring the CPU
    /// metric exists only every five minutes, so shorter periods see missing data.
    private func datapoint(_ g: Int, config: AlarmConfig, minute: Int) -> Double? {
        let periodMinutes = max(1, Int((config.periodSeconds / 60).rounded()))
        let series =
            config.metric == .cpu
            ? groups[g].minuteCPU
            : config.metric == .sqsBacklogPerInstance ? groups[g].minuteBacklog : groups[g].minuteRequests
        let granularity = config.metric == .cpu ? Int(groups[g].config.monitoring.periodSeconds / 60) : 1
        guard minute % granularity == 0 else { return nil }
        let values = series.suffix(max(periodMinutes, granularity)).compactMap { $0 }
        guard !values.isEmpty else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        // ALBRequestCountPerTarget is a sum per period, the others averages.
        return config.metric == .requestCountPerTarget ? mean * Double(periodMinutes) : mean
    }
}
