extension ECSServiceState {
    /// Broken conservation laws, for debug checks and tests (empty when all hold): every task
    /// created is stopped or still here; tasks by state add up; counts within bounds.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        if counters.tasksStarted != counters.tasksStopped + tasks.count {
            problems.append("\(name): \(counters.tasksStarted) started != \(counters.tasksStopped) stopped + \(tasks.count) present")
        }
        let byState = ECSTaskStatus.allCases.reduce(0) { $0 + count($1) }
        if byState != tasks.count { problems.append("\(name): tasks by state \(byState) != \(tasks.count)") }
        if healthyCount > runningCount || desiredCount < 0 || !cpuUtilization.isFinite {
            problems.append("\(name): invalid count")
        }
        if let policy = config.autoScaling, desiredCount < policy.minCapacity || desiredCount > policy.maxCapacity {
            problems.append("\(name): desired \(desiredCount) outside [\(policy.minCapacity), \(policy.maxCapacity)]")
        }
        return problems
    }
}

extension ECSCapacity {
    /// Whether every instance's reservations equal what its placed tasks reserve.
    public func reservationsMatch(_ services: [ECSServiceState]) -> Bool {
        guard !isFargate else { return true }
        var cpu = [Int](repeating: 0, count: instances.count)
        var memory = cpu
        for s in services {
            for t in s.tasks where t.isPlaced {
                guard let i = t.instance, let size = s.family.revision(t.revision)?.size else { continue }
                cpu[i] += size.cpuUnits
                memory[i] += size.memoryMiB
            }
        }
        return instances.indices.allSatisfy { instances[$0].usedCPU == cpu[$0] && instances[$0].usedMemory == memory[$0] }
    }
}
