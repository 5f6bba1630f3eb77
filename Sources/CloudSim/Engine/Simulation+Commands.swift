extension Simulation {
    /// Applies the commands due this tick, logging each with this tick and its origin: commands
    /// scheduled for this tick first, then submitted ones, then due timeline entries.
    ///
    /// A recorded command therefore replays in the place it had when it was submitted.
    mutating func applyCommands() {
        let start = time - tickSeconds
        var due: [LoggedCommand] = []
        while scheduledCursor < scheduled.count && scheduled[scheduledCursor].tick <= tick {
            due.append(LoggedCommand(tick: tick, command: scheduled[scheduledCursor].command, origin: .scheduled))
            scheduledCursor += 1
        }
        if !pendingCommands.isEmpty {
            for command in pendingCommands { due.append(LoggedCommand(tick: tick, command: command, origin: .submitted)) }
            pendingCommands.removeAll()
        }
        while timelineCursor < timeline.count && timeline[timelineCursor].at <= start + 1e-9 {
            due.append(LoggedCommand(tick: tick, command: timeline[timelineCursor].command, origin: .timeline))
            timelineCursor += 1
        }
        guard !due.isEmpty else { return }
        for entry in due {
            commandLog.append(entry)
            apply(entry.command)
        }
        if let c = caption, c.until <= start { caption = nil }
    }

    private mutating func apply(_ command: Command) {
        switch command {
        case .injectFault(let spec):
            log(.command, spec.target, "inject \(spec.kind.rawValue) on \(spec.target)")
            inject(spec)
        case .healAll:
            log(.command, "faults", "heal all (\(faults.count) active)")
            heal { _ in true }
        case .heal(let kind, let target):
            log(.command, target, "heal \(kind.rawValue) on \(target)")
            heal { $0.spec.kind == kind && $0.spec.target == target }
        case .setDesiredCapacity(let name, let desired):
            guard let g = group(named: name) else { return }
            log(.command, name, "set desired capacity to \(desired)")
            setDesired(g, desired, reason: "manual")
        case .adjustDesiredCapacity(let name, let delta):
            guard let g = group(named: name) else { return }
            log(.command, name, "desired capacity \(delta >= 0 ? "+" : "")\(delta)")
            setDesired(g, groups[g].desired + delta, reason: "manual")
        case .setInstanceType(let target, let typeName):
            guard let type = InstanceType.named(typeName) else {
                log(.warning, target, "unknown instance type \(typeName)")
                return
            }
            log(.command, target, "change instance type to \(typeName)")
            changeType(of: target, to: type)
        case .setForwardWeights(let name, let priority, let weights):
            setWeights(balancer: name, rule: priority ?? 0, weights: weights)
        case .setTrafficMultiplier(let name, let factor):
            log(.command, name, "traffic x\(fixed(factor, 2))")
            for s in sources.indices where name == "*" || sources[s].config.name == name {
                sources[s].multiplier = max(0, factor)
            }
        case .caption(let text, let seconds):
            caption = (text, time - tickSeconds + seconds)
            log(.command, "caption", text)
        case .setRecordWeight(let setIdentifier, let weight):
            setRecordWeight(setIdentifier, weight: weight)
        case .setHealthCheckFailing(let id, let failing):
            setHealthCheckFailing(id, failing: failing)
        case .deploy(let spec):
            log(.command, spec.target, "deploy \(spec.version) to \(spec.target)")
            deploy(spec)
        }
    }

    func group(named name: String) -> Int? { groups.firstIndex { $0.config.name == name } }

    /// A group changes its launch template and replaces instances in batches; a single
    /// instance is stopped, changed and started again (downtime).
    private mutating func changeType(of target: String, to type: InstanceType) {
        if let g = group(named: target) {
            guard type != groups[g].instanceType else { return }
            groups[g].instanceType = type
            groups[g].templateVersion += 1
            groups[g].isRefreshing = true
            log(.warning, target, "instance refresh started: replacing instances with \(type.name), 90% kept healthy")
            return
        }
        guard let i = instances.indices.first(where: { (hot[$0].state != .terminated) && instances[$0].id == target }) else {
            return
        }
        instances[i].pendingType = type
        if hot[i].group != nil {
            // Stopping a group member makes it unhealthy: the group replaces it.
            log(.warning, target, "stopping \(target) to change its type; its group will replace it")
            hot[i].isRunning = false
            stopBilling(i)
            dropQueue(i)
        } else if hot[i].state == .stopped {
            setState(i, .stopped)
        } else {
            log(.warning, target, "stopping \(target) to change its type (downtime)")
            stop(i)
        }
    }

    private mutating func setWeights(balancer name: String, rule priority: Int, weights: [WeightedTargetGroup]) {
        guard let b = balancers.firstIndex(where: { $0.config.name == name }),
            let r = balancers[b].rules.firstIndex(where: { $0.priority == priority })
        else { return }
        let groupNames = balancers[b].groups.map(\.config.name)
        let valid = weights.filter { groupNames.contains($0.targetGroup) }
        guard !valid.isEmpty else { return }
        balancers[b].rules[r].forward = valid
        balancers[b].rules[r].forwardIndices = valid.map { w in groupNames.firstIndex(of: w.targetGroup) ?? 0 }
        let text = valid.map { "\($0.targetGroup) \($0.weight)" }.joined(separator: ", ")
        log(.command, name, "weights \(text)")
    }
}
